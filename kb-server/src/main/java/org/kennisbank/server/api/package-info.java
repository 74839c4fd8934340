/**
 * The public JSON API ({@code /api/...}) and {@code /health}: search, suggest, articles and
 * themes for the website's scripts, the chatbot and other channels; {@code /health} is the public
 * liveness answer (status and counts, no file or problem: those are in {@code server.admin}). {@link
 * org.kennisbank.server.api.Json} holds the response shapes as records, so field order is stable;
 * no public shape has a field that could carry internal text. Every route is {@code Role.PUBLIC}.
 */
package org.kennisbank.server.api;
