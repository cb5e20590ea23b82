-- Issue 11 §7: query-code guessing bounded atomically. Every attempt on a case number takes the rows of its keys
-- (per case and client, per client, and per case) under a lock, in key order, and is answered only while every
-- bound allows it; a wrong code is counted in the same call. So 200 parallel wrong codes are evaluated at most
-- as often as the bound, whichever instances they reach. The per-case key also delays further attempts, more at
-- each failure, once it has failed p_delay_after times (the time of the last failure is kept for that).
ALTER TABLE status_failures ADD COLUMN last_at timestamptz;

CREATE FUNCTION status_attempt(p_keys text[], p_bounds integer[], p_delay_after integer[], p_right boolean,
    p_now timestamptz, p_window_minutes integer, p_delay_seconds integer, p_delay_max_seconds integer)
  RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  r record;
  wait integer := 0;
  d double precision;
  window_from timestamptz := p_now - make_interval(mins => p_window_minutes);
BEGIN
  INSERT INTO status_failures (key, window_start, failures)
    SELECT k, p_now, 0 FROM unnest(p_keys) AS k ORDER BY 1
    ON CONFLICT (key) DO NOTHING;
  FOR r IN
    SELECT f.window_start, f.failures, f.last_at, b.bound, b.delay_after
      FROM status_failures f JOIN unnest(p_keys, p_bounds, p_delay_after) AS b(key, bound, delay_after)
        ON b.key = f.key
      ORDER BY f.key FOR UPDATE OF f
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
    UPDATE status_failures f SET
      failures = CASE WHEN f.window_start > window_from THEN f.failures + 1 ELSE 1 END,
      window_start = CASE WHEN f.window_start > window_from THEN f.window_start ELSE p_now END,
      last_at = p_now
    WHERE f.key = ANY (p_keys);
  END IF;
  RETURN 0;
END $$;
