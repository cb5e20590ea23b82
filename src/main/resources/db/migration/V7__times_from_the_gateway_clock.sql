-- Every moment is written by the gateway from its one injected clock, never taken from the database's own
-- clock: the deadlines, windows and leases the gateway computes must agree with what it stored, and tests
-- fix "today". Without defaults, an insert that forgets its time fails instead of taking another clock's.
ALTER TABLE conversations ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN updated_at DROP DEFAULT;
ALTER TABLE messages ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE cases ALTER COLUMN updated_at DROP DEFAULT;
ALTER TABLE case_events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE events ALTER COLUMN at DROP DEFAULT;
ALTER TABLE access_log ALTER COLUMN at DROP DEFAULT;
ALTER TABLE notices ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN next_attempt_at DROP DEFAULT;
