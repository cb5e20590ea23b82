-- A transaction that NOTIFYs takes PostgreSQL's cluster-wide notify lock at its COMMIT and holds it through the
-- commit's WAL flush (async.c, PreCommit_Notify: queue entries in commit order), so the COMMITs of every connection
-- whose transaction wrote an event wait for each other's fsync, one at a time: the group commit's batches in flight
-- could not share a flush (BENCHMARKS.md, WeChat callbacks, 2026-12-05 wxlat: 270–360 such waits of 25 ms on average
-- in 20 s at 80 pushes/s). A transaction that sets gateway.notify_after to 'on' (the group commit's batches) gets no
-- NOTIFY from its events: their ids are kept, transaction-local (a savepoint rolled back drops its own), in
-- gateway.notify_ids, and the writer sends their NOTIFYs after its COMMIT in a transaction that does not wait for a
-- flush. Rows stay the truth; every other writer is notified as before.
CREATE OR REPLACE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('gateway.notify_after', true) = 'on' THEN
    PERFORM set_config('gateway.notify_ids', coalesce(current_setting('gateway.notify_ids', true), '') || NEW.id::text
      || ',', true);
  ELSE
    PERFORM pg_notify('gateway_events', NEW.id::text || ',' || NEW.kind || ',' || coalesce(NEW.conversation_id::text, '')
      || ',' || coalesce(NEW.detail, ''));
  END IF;
  RETURN NEW;
END $$;
