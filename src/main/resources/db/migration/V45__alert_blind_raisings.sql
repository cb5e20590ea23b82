-- The raisings of an alert (0 the first, then each escalation) whose duty officers were told without knowing who may
-- see it: the lookup of who is entitled failed (a database error) after retries, so every officer on duty was sent a
-- content-free alert ("有紧急信访待处理，请登录查看" and the alert's number) rather than nobody. Shown on the alert in
-- the console, so that a supervisor learns it.
ALTER TABLE alerts ADD COLUMN blind_raisings integer[] NOT NULL DEFAULT '{}';
