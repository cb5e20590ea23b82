-- Issue 11 §5 (Art 42): every read of personal data is logged with who, when, what, which case and, where the
-- console asks for one, the purpose. access_log stays append-only (its trigger refuses UPDATE and DELETE).
ALTER TABLE access_log ADD COLUMN purpose text;
CREATE INDEX access_log_by_actor ON access_log (actor, at);
CREATE INDEX access_log_by_case ON access_log (case_id, at);
