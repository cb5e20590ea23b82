-- The web chat reads a conversation's messages after a cursor (the last id a reader has). An id is drawn when the
-- message is inserted and becomes visible when its transaction commits: a notice written without the conversation's
-- lock (a staff act's, the scheduler's) may commit after a later message was read, below a cursor that has passed it.
-- The messaging channels keep what is pending for their one reader (channel_pending, V31); a web conversation has any
-- number of readers (tabs, sockets on other instances, pollers holding their own cursor), so its readers instead keep
-- the snapshot they read in, and read again what was not visible in it: for that, each message names the transaction
-- that wrote it (top-level: a batch's turn in a savepoint is named by its batch).
--
-- Added without a default first, then given one: no rewrite of the table; rows written before are NULL, read as old
-- (committed long before any reader's snapshot).
ALTER TABLE messages ADD COLUMN writer xid8;
ALTER TABLE messages ALTER COLUMN writer SET DEFAULT pg_current_xact_id();
COMMENT ON COLUMN messages.writer IS
  'the top-level transaction that wrote the message: a reader that kept its snapshot reads what that did not show';
