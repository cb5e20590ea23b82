-- Issue 16: a registration reads the typed texts of its own intake only — the conversation's messages after its last
-- receipt (the reply that gave the previous case's number and query code, body.receipt). A WeChat follower keeps one
-- conversation for life: without a bound every registration read, and opened, every typed message of all their
-- intakes. This index finds a conversation's last receipt in one entry; it holds receipts only (one in ~25 messages).
-- On a large database, build it first while the old version runs (CREATE INDEX CONCURRENTLY IF NOT EXISTS
-- messages_receipts ON messages (conversation_id, id) WHERE body ? 'receipt'): the migration then finds it and does
-- not hold writes to messages while it builds.
CREATE INDEX IF NOT EXISTS messages_receipts ON messages (conversation_id, id) WHERE body ? 'receipt';
