-- Issue 16 §4: a status query with the right code is a pure read — no row written or locked, so no transaction id
-- and no commit to flush — and only a wrong code (or an unknown case) writes, in the same one call as before.
--
-- V21 took every key's row FOR UPDATE on every query (and inserted the rows a right code had never needed), which
-- made each query a write. The bound must still be exact under concurrency and across instances: a right guess must
-- not be answered on a count read before parallel wrong guesses of the same keys were counted. So attempts on a key
-- are serialised by a transaction-scoped advisory lock on the key (class hashtext('status_failures'), the key's
-- hashtext; a collision only makes two keys wait for each other): a wrong code takes it exclusive, a right code
-- shared. Advisory locks live in the lock manager, not in the table: taking one assigns no transaction id. Both
-- take the keys in the order of their hashes, so two attempts never wait for each other in a cycle. Each statement of
-- this (volatile) function reads with a fresh snapshot, taken after the locks, so a right code reads the counts of
-- every wrong code that held the lock before it; a wrong code releases its lock only after its commit is visible.
--
-- In a transaction that lasts (a chat turn, a group-commit batch) a lock is held until it ends: a wrong code of the
-- same key from another transaction waits for it, as it waited for V21's row lock; two such transactions that each
-- read a key (shared) and then count a wrong code on it (exclusive) deadlock, which PostgreSQL detects after
-- deadlock_timeout (the turn fails alone and is tried again in a transaction of its own).
--
-- A wrong code refused by a bound writes nothing either; one that is answered is counted by an upsert that creates
-- the key's row if it is missing (also when housekeeping has just deleted an expired one).
CREATE OR REPLACE FUNCTION status_attempt(p_keys text[], p_bounds integer[], p_delay_after integer[], p_right boolean,
    p_now timestamptz, p_window_minutes integer, p_delay_seconds integer, p_delay_max_seconds integer)
  RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  r record;
  h integer;
  wait integer := 0;
  d double precision;
  window_from timestamptz := p_now - make_interval(mins => p_window_minutes);
BEGIN
  FOR h IN SELECT DISTINCT hashtext(k) FROM unnest(p_keys) AS k ORDER BY 1 LOOP
    IF p_right THEN
      PERFORM pg_advisory_xact_lock_shared(hashtext('status_failures'), h);
    ELSE
      PERFORM pg_advisory_xact_lock(hashtext('status_failures'), h);
    END IF;
  END LOOP;
  FOR r IN
    SELECT f.window_start, f.failures, f.last_at, b.bound, b.delay_after
      FROM status_failures f JOIN unnest(p_keys, p_bounds, p_delay_after) AS b(key, bound, delay_after)
        ON b.key = f.key
  LOOP
    CONTINUE WHEN r.window_start <= window_from;
    IF r.failures >= r.bound THEN
      wait := greatest(wait, ceil(extract(epoch FROM r.window_start + make_interval(mins => p_window_minutes) - p_now))::integer);
    ELSIF r.delay_after > 0 AND r.failures >= r.delay_after AND r.last_at IS NOT NULL THEN
      d := least(p_delay_max_seconds::double precision,
                 p_delay_seconds * power(2::double precision, least(r.failures - r.delay_after, 30)));
      IF r.last_at + make_interval(secs => d) > p_now THEN
        wait := greatest(wait, ceil(extract(epoch FROM r.last_at + make_interval(secs => d) - p_now))::integer);
      END IF;
    END IF;
  END LOOP;
  IF wait > 0 THEN
    RETURN greatest(wait, 1);
  END IF;
  IF NOT p_right THEN
    INSERT INTO status_failures AS f (key, window_start, failures, last_at)
      SELECT DISTINCT k, p_now, 1, p_now FROM unnest(p_keys) AS k ORDER BY 1
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN f.window_start > window_from THEN f.failures + 1 ELSE 1 END,
      window_start = CASE WHEN f.window_start > window_from THEN f.window_start ELSE p_now END,
      last_at = p_now;
  END IF;
  RETURN 0;
END $$;
