/**
 * The agent channel ({@code /api/agent/...}): the public answers plus internal notes, handling
 * line and owner ({@link org.kennisbank.server.agent.AgentApi}), and what the agent desktop writes
 * and reads besides: contact links, feedback and missing-article reports with their status, work
 * instructions and read marks ({@link org.kennisbank.server.agent.AgentDeskApi}). Every route
 * declares {@code Role.AGENT}; the access check grants it for a personal session (agent, editor or
 * admin) or the shared bearer token. {@link org.kennisbank.server.agent.EditorDeskApi} holds the two
 * editor writes the desktop needs ({@code /api/editor/messages}, {@code /api/editor/feedback/{id}}),
 * role {@code EDITOR}.
 */
package org.kennisbank.server.agent;
