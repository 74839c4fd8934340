-- The chatbot's log: every question (personal data removed before it is written) and what the
-- bot did with it, for analytics. Portable SQL as in V1: epoch milliseconds, flags 0/1.

CREATE TABLE chat_log (
  id VARCHAR(36) PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  conversation_id VARCHAR(64) NOT NULL,
  question VARCHAR(1000) NOT NULL,
  reason VARCHAR(20) NOT NULL,
  handover INTEGER NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  article_id VARCHAR(200),
  section VARCHAR(200)
);
CREATE INDEX chat_log_by_time ON chat_log (at_ms);
