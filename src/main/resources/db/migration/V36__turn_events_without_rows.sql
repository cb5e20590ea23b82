-- A petitioner's turn announced without an events row (issue 16; BENCHMARKS.md, "pgturn2"). Nothing reads a turn's
-- row: since V9 its NOTIFY carries all that listeners use (id, kind, conversation, detail), the messages are the
-- truth a woken socket reads, and Housekeeping deleted the rows a day later. Each row was a heap and an index entry,
-- a trigger call, a read back for the NOTIFY after a batch's COMMIT (V34), a DELETE and a vacuum: work per turn for
-- no reader. The turn's event keeps its id from the same sequence (ids stay unique and increasing: a socket knows
-- its own turns' wakes by them) and its NOTIFY; every other event (staff, queue, alerts, cases, notices) is still a
-- row whose trigger NOTIFYs.
--
-- As V34's trigger: NOTIFYed now, or, when the transaction set gateway.notify_after (the group commit's batches),
-- its payload kept transaction-local in gateway.notify_turns (a savepoint rolled back drops its own) for the writer
-- to NOTIFY after its COMMIT. Payloads hold no ';'.
CREATE FUNCTION turn_event(conversation uuid, detail text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  id bigint := nextval('events_id_seq');
  payload text := id::text || ',conversation_turn,' || conversation::text || ',' || coalesce(detail, '');
BEGIN
  IF current_setting('gateway.notify_after', true) = 'on' THEN
    PERFORM set_config('gateway.notify_turns', coalesce(current_setting('gateway.notify_turns', true), '') || payload
      || ';', true);
  ELSE
    PERFORM pg_notify('gateway_events', payload);
  END IF;
  RETURN id;
END $$;
