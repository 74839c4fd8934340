/**
 * The agent channel ({@code /api/agent/...}): the public answers plus internal notes, handling
 * line and owner, for contact-centre agents. Every route declares {@code Role.AGENT}; the access
 * check grants it for the shared bearer token today and for personal agent sessions later.
 */
package org.kennisbank.server.agent;
