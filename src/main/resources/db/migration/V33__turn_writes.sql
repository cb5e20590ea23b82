-- PostgreSQL's work per chat turn (issue 16; docs/BENCHMARKS.md, "PostgreSQL per turn"). Measured with
-- pg_stat_statements: three in four updates of a conversation's row were not HOT (its new version found no room on
-- its page), so each also added an entry to every index of the table (its key, its token) and left the table and
-- indexes to be vacuumed; and every message, the gateway's replies too, went into three indexes.
--
-- A turn rewrites its conversation's row (the sealed state, about 1.2 kB): with half of each page kept free the new
-- version fits beside the old one, which the next update on that page prunes. Applies to pages written from now on
-- (a VACUUM FULL in a quiet hour rewrites the old ones).
ALTER TABLE conversations SET (fillfactor = 50);

-- A message's clientMsgId is unique in its conversation (a retried turn finds its stored message by it); only the
-- petitioner's messages have one. The same rule without an entry for every other message: the gateway's replies,
-- staff messages and notices (more than half of the rows) no longer go into this index. Lookups by
-- (conversation_id, client_msg_id = $x) imply client_msg_id IS NOT NULL and use it as before.
CREATE UNIQUE INDEX messages_client_msg_id ON messages (conversation_id, client_msg_id) WHERE client_msg_id IS NOT NULL;
ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_client_msg_id_key;
