-- Issue 11 §1 (correction 2): beside the facts and request as received, a copy with every identity replaced by a
-- placeholder (【姓名】【电话】【身份证号】【地址】), made at registration from the extractor's identity spans and the
-- identities the case knows; what a reported party or a role without need reads. A person confirms the copy
-- (redaction_confirmed_*) before any copy for the reported party leaves. Rows from before: NULL, never released
-- until a person writes and confirms their copy.
ALTER TABLE cases
  ADD COLUMN facts_redacted text,
  ADD COLUMN request_redacted text,
  ADD COLUMN redaction_confirmed_by text,
  ADD COLUMN redaction_confirmed_at timestamptz;
