-- Issue 11 §5 (Art 42): every read of personal data is logged with who, when, what, which case and, where the
-- console asks for one, the purpose. access_log stays append-only (its trigger refuses UPDATE and DELETE).
ALTER TABLE access_log ADD COLUMN purpose text;
CREATE INDEX access_log_by_actor ON access_log (actor, at);
CREATE INDEX access_log_by_case ON access_log (case_id, at);
-- A conversation's transcript is personal data before any case exists: such a read names the conversation.
ALTER TABLE access_log
  ALTER COLUMN case_id DROP NOT NULL,
  ADD COLUMN conversation_id uuid REFERENCES conversations (id),
  ADD CONSTRAINT access_log_names_what_was_read CHECK (case_id IS NOT NULL OR conversation_id IS NOT NULL);
CREATE INDEX access_log_by_conversation ON access_log (conversation_id, at);
