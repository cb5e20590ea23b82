-- Issue 16 (turn CPU, round six): V30's read model was written again for every row that touched a case. A
-- registration is one statement (the case and its history entries): the case's trigger wrote the status row, then
-- each history entry that shows a step ('registered'; 'accept' when accepted at once) computed it again and rewrote it
-- with the same values — three computations, an insert and two updates (new row versions, WAL) per registration;
-- a staff act (the case updated, then its event) two computations and two writes. Now:
-- 1. the refresh writes only when the row differs from what is stored (a computation that changes nothing writes
--    nothing: no new row version, no WAL), and
-- 2. the triggers on cases' inserts and on case_events fire once per statement over the rows it added (transition
--    tables), each case refreshed once per trigger however many rows of it the statement wrote; a case inserted with
--    such history entries is refreshed by the history's trigger only.
-- A registration now computes the row once (its history's trigger) and writes it once.

CREATE OR REPLACE FUNCTION case_status_refresh(p_id bigint) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
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
      EXCLUDED.review_stage, EXCLUDED.referral_reason, EXCLUDED.letter, EXCLUDED.photos)
  -- The same row as stored: nothing to write.
  WHERE ROW(s.*) IS DISTINCT FROM ROW(EXCLUDED.*);
END $$;

-- A case inserted with history entries the status shows (a registration: 'registered' is one) is left to the
-- history's trigger, which fires at the end of the same statement and refreshes it: an entry of a case inserted by
-- this statement was written by this statement (the case did not exist before it). One computation, one write.
CREATE FUNCTION case_status_of_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_status_refresh(a.id) FROM (SELECT DISTINCT id FROM added ORDER BY id) a
  WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = a.id
    AND (e.public_text IS NOT NULL OR e.state_to IS NOT NULL OR e.kind IN ('refer', 'reply_delivered')));
  RETURN NULL;
END $$;

DROP TRIGGER case_status_on_insert ON cases;
CREATE TRIGGER case_status_on_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION case_status_of_cases();

CREATE FUNCTION case_status_of_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- case_events is append-only (refuse_change): only an inserted event the status shows refreshes it.
  PERFORM case_status_refresh(a.case_id) FROM (SELECT DISTINCT case_id FROM added
    WHERE public_text IS NOT NULL OR state_to IS NOT NULL OR kind IN ('refer', 'reply_delivered') ORDER BY case_id) a;
  RETURN NULL;
END $$;

DROP TRIGGER case_status_on_event ON case_events;
CREATE TRIGGER case_status_on_event AFTER INSERT ON case_events REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION case_status_of_events();

DROP FUNCTION case_status_of_event();
