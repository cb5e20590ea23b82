-- A batch's own tag in the flag that notify_untold reads (closes a hole left by V41). V41's load set the flag to 'on'
-- and notify_untold cleared it; when notify_untold itself failed (the notify queue full, say), its clearing was undone
-- with it, and the connection kept 'on'. A later batch on that connection whose transaction then aborted had its flag
-- undone back to that stale 'on', and notify_untold would have taken the aborted batch for a committed one. Now the
-- load sets the flag to a tag the gateway gives each batch, and notify_untold answers -1 unless the flag holds this
-- batch's tag: a stale flag belongs to another batch and never matches. V41's functions stay, for a gateway of the
-- previous version during a rolling upgrade, as calls of these with the tag 'on' (what V41 set and read): one body
-- each.

CREATE FUNCTION load_batch_untold(p_ids uuid[], p_held bigint[], p_client_msg_ids text[], p_tag text)
  RETURNS TABLE (id uuid, state jsonb, owner text, version bigint, updated_at timestamptz, waiting_reason text,
    waiting_told_at timestamptz, channel text, department_code text, seen bigint)
  LANGUAGE plpgsql ROWS 10 SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  PERFORM set_config('gateway.notify_after', 'session', true), set_config('gateway.untold_ids', '', false),
    set_config('gateway.untold_turns', '', false), set_config('gateway.untold_batch', p_tag, false);
  RETURN QUERY
    SELECT c.id, CASE WHEN c.version = p_held[k.i] THEN NULL ELSE c.state END, c.owner, c.version, c.updated_at,
      c.waiting_reason, c.waiting_told_at, c.channel, coalesce(c.department_code, ''),
      (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.client_msg_id = p_client_msg_ids[k.i])
    FROM conversations c CROSS JOIN LATERAL (SELECT array_position(p_ids, c.id) AS i) k
    WHERE c.id = ANY(p_ids)
    ORDER BY c.id FOR UPDATE OF c SKIP LOCKED;
END $$;

CREATE FUNCTION notify_untold(p_tag text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  batch text := coalesce(current_setting('gateway.untold_batch', true), '');
  ids text := coalesce(current_setting('gateway.untold_ids', true), '');
  turns text := coalesce(current_setting('gateway.untold_turns', true), '');
BEGIN
  IF p_tag IS NULL OR p_tag = '' OR batch <> p_tag THEN
    RETURN -1;
  END IF;
  PERFORM set_config('gateway.untold_batch', '', false);
  IF ids = '' AND turns = '' THEN
    RETURN 0;
  END IF;
  PERFORM set_config('gateway.untold_ids', '', false), set_config('gateway.untold_turns', '', false);
  PERFORM notify_committed(string_to_array(rtrim(ids, ','), ',')::bigint[], string_to_array(rtrim(turns, ';'), ';'));
  RETURN length(ids) - length(replace(ids, ',', '')) + length(turns) - length(replace(turns, ';', ''));
END $$;

CREATE OR REPLACE FUNCTION load_batch_untold(p_ids uuid[], p_held bigint[], p_client_msg_ids text[])
  RETURNS TABLE (id uuid, state jsonb, owner text, version bigint, updated_at timestamptz, waiting_reason text,
    waiting_told_at timestamptz, channel text, department_code text, seen bigint)
  LANGUAGE sql ROWS 10 AS $$
  SELECT * FROM load_batch_untold(p_ids, p_held, p_client_msg_ids, 'on')
$$;

CREATE OR REPLACE FUNCTION notify_untold() RETURNS integer LANGUAGE sql AS $$
  SELECT notify_untold('on')
$$;
