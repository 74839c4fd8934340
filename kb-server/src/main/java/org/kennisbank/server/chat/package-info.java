/**
 * The chatbot: {@code POST /api/chat/answer} ({@link org.kennisbank.server.chat.ChatApi}) answers a
 * resident's message with a public passage or hands over, with a reason, a confidence and, when
 * someone may be in danger, the help lines. How it decides is in docs/chat.md.
 *
 * <ul>
 *   <li>{@link org.kennisbank.server.chat.ChatService}: the bot without HTTP (conversations,
 *       decision, reply, outcome sink); one per server, thread-safe.
 *   <li>{@link org.kennisbank.server.chat.AnswerPolicy}: one message to a
 *       {@link org.kennisbank.server.chat.ChatDecision}, stateless: handover patterns, follow-up
 *       form, the knowledge base's answer candidates, confidence against the threshold. Also what
 *       {@code ./kb eval-chat} measures.
 *   <li>{@link org.kennisbank.server.chat.ChatReply}: the JSON contract, field for field.
 *   <li>{@link org.kennisbank.server.chat.ChatOutcomeSink}: where each outcome goes (analytics);
 *       {@code NONE} by default. The question in a {@link org.kennisbank.server.chat.ChatOutcome} is
 *       raw: a sink removes personal data before it stores anything, as
 *       {@link org.kennisbank.server.chat.ChatLogSink} does (the server's sink: the chat log in the
 *       operational database, read by editors and admins through {@link org.kennisbank.server.chat.ChatLogApi}).
 *   <li>{@link org.kennisbank.server.chat.ContactCentre}: the phone number and hours the widget
 *       shows on a handover ({@code GET /api/chat/contact}).
 *   <li>{@link org.kennisbank.server.chat.ChatConfig}: the threshold, how many conversations are
 *       kept and for how long.
 * </ul>
 */
package org.kennisbank.server.chat;
