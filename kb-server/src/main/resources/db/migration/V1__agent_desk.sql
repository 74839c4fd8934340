-- The agent desktop's operational data. Portable SQL: the same file runs on SQLite and
-- PostgreSQL, so times are epoch milliseconds (BIGINT), flags 0/1 (INTEGER), ids UUID text.

CREATE TABLE contact_link (
  id VARCHAR(36) PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  channel VARCHAR(10) NOT NULL,
  article_id VARCHAR(200) NOT NULL,
  section VARCHAR(200),
  account VARCHAR(100) NOT NULL
);
CREATE INDEX contact_link_by_account ON contact_link (account, at_ms);
CREATE INDEX contact_link_by_article ON contact_link (article_id, at_ms);

CREATE TABLE feedback (
  id VARCHAR(36) PRIMARY KEY,
  item_type VARCHAR(10) NOT NULL,
  created_ms BIGINT NOT NULL,
  account VARCHAR(100) NOT NULL,
  article_id VARCHAR(200),
  section VARCHAR(200),
  kind VARCHAR(20),
  failed_query VARCHAR(500),
  remark VARCHAR(2000) NOT NULL,
  status VARCHAR(12) NOT NULL,
  updated_ms BIGINT NOT NULL,
  updated_by VARCHAR(100) NOT NULL
);
CREATE INDEX feedback_by_account ON feedback (account, created_ms);
CREATE INDEX feedback_by_status ON feedback (status, created_ms);

CREATE TABLE message (
  id VARCHAR(36) PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body VARCHAR(10000) NOT NULL,
  important INTEGER NOT NULL,
  publish_from_ms BIGINT NOT NULL,
  publish_until_ms BIGINT,
  created_by VARCHAR(100) NOT NULL,
  created_ms BIGINT NOT NULL
);

CREATE TABLE message_read (
  message_id VARCHAR(36) NOT NULL REFERENCES message (id),
  account VARCHAR(100) NOT NULL,
  read_ms BIGINT NOT NULL,
  PRIMARY KEY (message_id, account)
);
