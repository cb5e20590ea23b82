-- Issue 16 §4: the public status read model. An uncached status query read the case row, its conversation's device
-- hash, every event of the case (aggregated into the replies and the steps), the latest referral and opinion letter
-- (two more scans of the events) and the photo count: five index scans, two sorts and an aggregate per query, about
-- half of PostgreSQL's time per status query. The same values are now kept in one row per case, written in the same
-- transaction as every change they derive from, so the query is one index lookup on case_status (beside the bounds).
--
-- The row is written here, by triggers, and not by the Java repositories: the photo count changes with
-- evidence_photos, which the photo repository and housekeeping write, and PgCaseRepository stays the one writer of
-- the case tables (cases, case_events, case_serials). A trigger also covers every writer to come. case_status holds
-- nothing personal: the state, dates, public replies and steps, the referral, the letter's parts, the photo count,
-- and the hashes (code, device token) the query compares with.
-- The public status of every case, computed from the tables: the query V29's status read ran on every request. The
-- refresh below stores its row for one case; a test compares the whole view with the stored rows.
CREATE VIEW case_status_live AS
  SELECT c.id, c.case_number, c.query_code_hmac, c.state, c.department, c.received_date, c.notice_due,
    c.notice_due_estimated, c.conversation_id,
    (SELECT v.token_hash FROM conversations v WHERE v.id = c.conversation_id) AS device_hash,
    ev.reply_at, ev.reply_text, ev.step_at, ev.step_state,
    c.accepted_date, c.handling_due, c.handling_due_estimated, c.referred_to, c.report_due, c.report_due_estimated,
    c.last_delivery, c.reply_issued_on, c.electronic_delivery, c.review_stage,
    (SELECT e.reason FROM case_events e WHERE e.case_id = c.id AND e.kind = 'refer' ORDER BY e.id DESC LIMIT 1)
      AS referral_reason,
    (SELECT e.detail FROM case_events e WHERE e.case_id = c.id AND e.kind = 'reply_delivered'
       AND e.article IN ('第二十五条', '第三十条', '第三十一条') ORDER BY e.id DESC LIMIT 1) AS letter,
    (SELECT count(*)::int FROM evidence_photos p WHERE p.case_id = c.id) AS photos
  FROM cases c LEFT JOIN LATERAL (
    SELECT array_agg(e.at ORDER BY e.id) FILTER (WHERE e.public_text IS NOT NULL) AS reply_at,
      array_agg(e.public_text ORDER BY e.id) FILTER (WHERE e.public_text IS NOT NULL) AS reply_text,
      array_agg(e.at ORDER BY e.id) FILTER (WHERE e.state_to IS NOT NULL) AS step_at,
      array_agg(e.state_to ORDER BY e.id) FILTER (WHERE e.state_to IS NOT NULL) AS step_state
    FROM case_events e WHERE e.case_id = c.id) ev ON true;

CREATE TABLE case_status AS SELECT * FROM case_status_live WITH NO DATA;
ALTER TABLE case_status ADD PRIMARY KEY (id), ADD FOREIGN KEY (id) REFERENCES cases (id),
  ADD UNIQUE (case_number), ALTER COLUMN case_number SET NOT NULL, ALTER COLUMN photos SET NOT NULL;

CREATE FUNCTION case_status_refresh(p_id bigint) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- Two transactions changing the same case take turns here: the second computes after the first committed (the
  -- next statement of this volatile function reads with a fresh snapshot), so neither overwrites the other's change
  -- with a row computed before it. A case being registered has no row yet, and no one else can see it.
  PERFORM 1 FROM case_status WHERE id = p_id FOR UPDATE;
  INSERT INTO case_status AS s SELECT * FROM case_status_live l WHERE l.id = p_id
  ON CONFLICT (id) DO UPDATE SET (case_number, query_code_hmac, state, department, received_date, notice_due,
      notice_due_estimated, conversation_id, device_hash, reply_at, reply_text, step_at, step_state, accepted_date,
      handling_due, handling_due_estimated, referred_to, report_due, report_due_estimated, last_delivery,
      reply_issued_on, electronic_delivery, review_stage, referral_reason, letter, photos)
    = (EXCLUDED.case_number, EXCLUDED.query_code_hmac, EXCLUDED.state, EXCLUDED.department, EXCLUDED.received_date,
      EXCLUDED.notice_due, EXCLUDED.notice_due_estimated, EXCLUDED.conversation_id, EXCLUDED.device_hash,
      EXCLUDED.reply_at, EXCLUDED.reply_text, EXCLUDED.step_at, EXCLUDED.step_state, EXCLUDED.accepted_date,
      EXCLUDED.handling_due, EXCLUDED.handling_due_estimated, EXCLUDED.referred_to, EXCLUDED.report_due,
      EXCLUDED.report_due_estimated, EXCLUDED.last_delivery, EXCLUDED.reply_issued_on, EXCLUDED.electronic_delivery,
      EXCLUDED.review_stage, EXCLUDED.referral_reason, EXCLUDED.letter, EXCLUDED.photos);
END $$;

CREATE FUNCTION case_status_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_status_refresh(NEW.id);
  RETURN NULL;
END $$;

-- Only a change to a column the status shows (or compares with) refreshes it: the columns of the query above.
CREATE TRIGGER case_status_on_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_status_of_case();
CREATE TRIGGER case_status_on_update AFTER UPDATE OF case_number, query_code_hmac, state, department, received_date,
    notice_due, notice_due_estimated, conversation_id, accepted_date, handling_due, handling_due_estimated,
    referred_to, report_due, report_due_estimated, last_delivery, reply_issued_on, electronic_delivery, review_stage
  ON cases FOR EACH ROW EXECUTE FUNCTION case_status_of_case();

CREATE FUNCTION case_status_of_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_status_refresh(NEW.case_id);
  RETURN NULL;
END $$;

-- case_events is append-only (refuse_change): only an inserted event the status shows refreshes it.
CREATE TRIGGER case_status_on_event AFTER INSERT ON case_events FOR EACH ROW
  WHEN (NEW.public_text IS NOT NULL OR NEW.state_to IS NOT NULL OR NEW.kind IN ('refer', 'reply_delivered'))
  EXECUTE FUNCTION case_status_of_event();

CREATE FUNCTION case_status_of_photo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.case_id IS NOT NULL THEN
    PERFORM case_status_refresh(OLD.case_id);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.case_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.case_id IS DISTINCT FROM OLD.case_id) THEN
    PERFORM case_status_refresh(NEW.case_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER case_status_on_photo AFTER INSERT OR DELETE OR UPDATE OF case_id ON evidence_photos FOR EACH ROW
  EXECUTE FUNCTION case_status_of_photo();

CREATE FUNCTION case_status_of_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_status_refresh(c.id) FROM cases c WHERE c.conversation_id = NEW.id;
  RETURN NULL;
END $$;

-- A conversation's token is not changed today; if it ever is, the device the case belongs to follows.
CREATE TRIGGER case_status_on_token AFTER UPDATE OF token_hash ON conversations FOR EACH ROW
  EXECUTE FUNCTION case_status_of_conversation();

-- The cases already registered.
DO $$ BEGIN PERFORM case_status_refresh(id) FROM cases ORDER BY id; END $$;
