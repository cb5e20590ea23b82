-- The staff workspace (issue "staff workspace"): durable alerts, the queue of conversations waiting for a person,
-- takeover with its log, internal notes, the duty roster.

-- Alerts a person must see and acknowledge (Art 19: danger to life, urgent matters; hand-offs; abuse, Art 43).
-- Never deleted; only their acknowledgement, escalation and out-of-console notification change.
CREATE TABLE alerts (
  id               bigserial PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('life_safety', 'urgent', 'handoff', 'abuse', 'misunderstood')),
  conversation_id  uuid REFERENCES conversations (id),
  case_id          bigint REFERENCES cases (id),
  department_code  text NOT NULL,                -- whose consoles show it: that department and those above
  raised_at        timestamptz NOT NULL,
  acknowledged_by  text,
  acknowledged_at  timestamptz,
  escalations      integer NOT NULL DEFAULT 0,   -- raised again to supervisors, once per period unacknowledged
  escalated_at     timestamptz,
  notified         text[] NOT NULL DEFAULT '{}'  -- duty officers told outside the console (by SMS)
);
CREATE INDEX alerts_open ON alerts (raised_at) WHERE acknowledged_at IS NULL;
CREATE INDEX alerts_by_conversation ON alerts (conversation_id);

CREATE FUNCTION alerts_keep_what_was_raised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'alerts are never deleted';
  END IF;
  IF NEW.kind <> OLD.kind OR NEW.conversation_id IS DISTINCT FROM OLD.conversation_id
     OR NEW.raised_at <> OLD.raised_at OR NEW.department_code <> OLD.department_code
     OR (OLD.acknowledged_at IS NOT NULL AND (NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at
         OR NEW.acknowledged_by IS DISTINCT FROM OLD.acknowledged_by)) THEN
    RAISE EXCEPTION 'an alert keeps what was raised and who acknowledged it';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER alerts_append_only BEFORE UPDATE OR DELETE ON alerts
  FOR EACH ROW EXECUTE FUNCTION alerts_keep_what_was_raised();

-- A conversation waiting for a person (asked, life_safety, urgent, abuse, misunderstood) since when; when the
-- petitioner was last told "received, staff will answer"; closed by staff.
ALTER TABLE conversations
  ADD COLUMN waiting_reason text,
  ADD COLUMN waiting_since timestamptz,
  ADD COLUMN waiting_told_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN department_code text;
CREATE INDEX conversations_waiting ON conversations (waiting_since) WHERE waiting_reason IS NOT NULL;
COMMENT ON COLUMN conversations.owner IS 'bot, queue (waiting, the bot silent) or staff:<login> (taken over)';

-- Who took over, handed back, closed, wrote or noted what, and when. Notes never reach the petitioner.
CREATE TABLE conversation_log (
  id               bigserial PRIMARY KEY,
  conversation_id  uuid NOT NULL REFERENCES conversations (id),
  at               timestamptz NOT NULL,
  actor            text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('queued', 'claimed', 'released', 'closed', 'note', 'message',
                                                 'case_registered', 'case_attached', 'read')),
  text             text,
  detail           jsonb
);
CREATE INDEX conversation_log_by_conversation ON conversation_log (conversation_id, id);
CREATE TRIGGER conversation_log_append_only BEFORE UPDATE OR DELETE ON conversation_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Who is on duty when (Art 19: someone answers a danger to life at any hour), told by SMS of alerts.
CREATE TABLE duty_roster (
  id               bigserial PRIMARY KEY,
  login            text NOT NULL,
  phone            text NOT NULL,
  department_code  text NOT NULL,
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX duty_roster_by_time ON duty_roster (starts_at, ends_at);

-- NOTIFY carries what listeners need (id, kind, conversation, detail), so an instance with no socket on that
-- conversation and no staff watching reads nothing.
CREATE OR REPLACE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gateway_events', NEW.id::text || ',' || NEW.kind || ',' || coalesce(NEW.conversation_id::text, '')
    || ',' || coalesce(NEW.detail, ''));
  RETURN NEW;
END $$;
