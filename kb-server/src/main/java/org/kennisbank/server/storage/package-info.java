/**
 * The operational data of the agent desktop, kept apart from the content: contact links
 * ({@link org.kennisbank.server.storage.ContactLinks}), the editors' feedback queue with
 * missing-article reports ({@link org.kennisbank.server.storage.FeedbackQueue}), and work
 * instructions and news with read marks ({@link org.kennisbank.server.storage.Messages}), and the
 * chatbot's log of questions (personal data removed) and outcomes ({@link org.kennisbank.server.storage.ChatLog}).
 * {@link org.kennisbank.server.storage.Storage#open} opens SQLite (default: a file beside the
 * content; WAL, {@code synchronous=FULL}, busy timeout) or PostgreSQL ({@code jdbc:postgresql:}),
 * migrates it with Flyway and hands out one repository per kind of data. The interfaces take and
 * return records only; the Jdbi implementations beside them hold the SQL. Every write returns
 * after its transaction committed, so what the server acknowledged survives a killed process.
 *
 * <p><b>Adding a table</b> (a query log, say): add {@code V<next>__<what>.sql} under
 * {@code kb-server/src/main/resources/db/migration} (never edit one that has shipped; Flyway
 * checks their checksums), in SQL that runs on both databases (BIGINT epoch milliseconds for
 * times, INTEGER 0/1 for flags, VARCHAR(n) for text, ids made in Java); a record for the row; a
 * small interface; a {@code Jdbi...} implementation; an accessor on {@code Storage}; and cases in
 * {@code StorageTest}, which runs on SQLite always and on PostgreSQL when
 * {@code KB_TEST_POSTGRES_URL} is set.
 */
package org.kennisbank.server.storage;
