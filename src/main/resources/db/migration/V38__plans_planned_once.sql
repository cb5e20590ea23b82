-- Issue 16 (pgcpu, docs/BENCHMARKS.md "PostgreSQL's CPU per turn (pgcpu)"): a plan that read every case, and
-- statements planned again at every call.

-- PgCaseRepository.PRIORS finds a petitioner's own earlier cases by the phone's keyed hash (cases_by_phone_hash) or,
-- for a phone written without digits ($7), among the cases in the window that have such a phone: this index, which
-- holds only them, so that no plan of the statement reads the whole cases table for them. (Its generic plan did, for
-- either side: the statement is now planned with its parameters at every call, PgUrl.CUSTOM_PLAN.)
CREATE INDEX cases_phone_without_digits ON cases (received_date)
  WHERE contact_phone_hash IS NULL AND contact_phone IS NOT NULL;

-- V37's refresh of a case's status row (one per registration, per staff act): its statement by the case's id has the
-- same plan for every id, and PostgreSQL planned it again at each call (0.3 ms; the generic plan, 0.015 ms, reads the
-- same 19 buffers).
ALTER FUNCTION case_status_refresh(bigint) SET plan_cache_mode = force_generic_plan;

-- The NOTIFYs after a batch's COMMIT (PgConversationRepository.NOTIFY_COMMITTED, V34/V36), as they were, in order of
-- their ids. As a statement of its own its generic plan (arrays of ten, as PostgreSQL guesses) looked dearer than a
-- custom one for each batch's arrays, so it was planned again after every batch (0.06 ms against 0.004).
CREATE FUNCTION notify_committed(p_events bigint[], p_turns text[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  PERFORM pg_notify('gateway_events', x.payload) FROM (
    SELECT e.id, e.id::text || ',' || e.kind || ',' || coalesce(e.conversation_id::text, '') || ',' || coalesce(e.detail, '')
      AS payload FROM events e WHERE e.id = ANY(p_events)
    UNION ALL
    SELECT split_part(t, ',', 1)::bigint, t FROM unnest(p_turns) AS t) x ORDER BY x.id;
END $$;
