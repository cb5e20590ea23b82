-- Issue 16 (turnpg): a group-commit batch in three round trips, not four. Before, a batch sent
--   BEGIN; SELECT set_config('gateway.notify_after', 'on', true)     (a simple query: its SELECT parsed and planned
--   load_batch(...)                                                    each batch), pipelined with the load
--   write_turns(...)
--   SELECT current_setting(ids), current_setting(turns); COMMIT      (the payloads read back, a SELECT planned again)
--   notify_committed(ids, turns)                                      (after the COMMIT's answer: one more round trip)
-- Now the load sets the batch's mode itself, and the payloads are kept SESSION-level (set_config(..., false)): a
-- session setting made in a transaction is kept by its COMMIT and undone by its ROLLBACK (and a savepoint's rollback
-- undoes its own), so after the COMMIT the connection still holds exactly what the committed transaction left to
-- NOTIFY, and notify_untold() — pipelined right behind the COMMIT, a transaction of its own that writes no WAL
-- before its commit record, so it waits for no flush (V34, V38) — sends it and clears it. A COMMIT that fails
-- leaves nothing behind for it (its transaction's settings are undone). The batch: BEGIN and the load, the write,
-- COMMIT and the NOTIFYs.
--
-- Mode 'on' (V34/V36: transaction-local payloads read back before the COMMIT) is kept as it was, so that a gateway
-- of the previous version still works against this schema during a rolling upgrade.

CREATE OR REPLACE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  mode text := current_setting('gateway.notify_after', true);
BEGIN
  IF mode = 'session' THEN
    PERFORM set_config('gateway.untold_ids', coalesce(current_setting('gateway.untold_ids', true), '') || NEW.id::text
      || ',', false);
  ELSIF mode = 'on' THEN
    PERFORM set_config('gateway.notify_ids', coalesce(current_setting('gateway.notify_ids', true), '') || NEW.id::text
      || ',', true);
  ELSE
    PERFORM pg_notify('gateway_events', NEW.id::text || ',' || NEW.kind || ',' || coalesce(NEW.conversation_id::text, '')
      || ',' || coalesce(NEW.detail, ''));
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION turn_event(conversation uuid, detail text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  id bigint := nextval('events_id_seq');
  payload text := id::text || ',conversation_turn,' || conversation::text || ',' || coalesce(detail, '');
  mode text := current_setting('gateway.notify_after', true);
BEGIN
  IF mode = 'session' THEN
    PERFORM set_config('gateway.untold_turns', coalesce(current_setting('gateway.untold_turns', true), '') || payload
      || ';', false);
  ELSIF mode = 'on' THEN
    PERFORM set_config('gateway.notify_turns', coalesce(current_setting('gateway.notify_turns', true), '') || payload
      || ';', true);
  ELSE
    PERFORM pg_notify('gateway_events', payload);
  END IF;
  RETURN id;
END $$;

-- V39's load_batch (the same query), and the batch's mode set in the same statement: the NOTIFYs of its events left
-- for after its COMMIT (transaction-local), the session's payloads emptied (what a notify_untold that failed may have
-- left), and the flag that notify_untold finds only after this transaction committed.
CREATE FUNCTION load_batch_untold(p_ids uuid[], p_held bigint[], p_client_msg_ids text[])
  RETURNS TABLE (id uuid, state jsonb, owner text, version bigint, updated_at timestamptz, waiting_reason text,
    waiting_told_at timestamptz, channel text, department_code text, seen bigint)
  LANGUAGE plpgsql ROWS 10 SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  PERFORM set_config('gateway.notify_after', 'session', true), set_config('gateway.untold_ids', '', false),
    set_config('gateway.untold_turns', '', false), set_config('gateway.untold_batch', 'on', false);
  RETURN QUERY
    SELECT c.id, CASE WHEN c.version = p_held[k.i] THEN NULL ELSE c.state END, c.owner, c.version, c.updated_at,
      c.waiting_reason, c.waiting_told_at, c.channel, coalesce(c.department_code, ''),
      (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.client_msg_id = p_client_msg_ids[k.i])
    FROM conversations c CROSS JOIN LATERAL (SELECT array_position(p_ids, c.id) AS i) k
    WHERE c.id = ANY(p_ids)
    ORDER BY c.id FOR UPDATE OF c SKIP LOCKED;
END $$;

-- After a batch's COMMIT, on its connection: the NOTIFYs its committed transaction left (V38's notify_committed, in
-- the order of their ids), and the session's payloads emptied; returns how many, or -1 when the batch was NOT
-- committed. A COMMIT in a transaction that an error aborted answers ROLLBACK, not an error: the payloads read back
-- before the COMMIT (V34) failed in such a transaction, and so told the batch it had failed; now the flag the load set
-- (session-level: kept by a COMMIT, undone with the transaction) tells it.
CREATE FUNCTION notify_untold() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  batch text := coalesce(current_setting('gateway.untold_batch', true), '');
  ids text := coalesce(current_setting('gateway.untold_ids', true), '');
  turns text := coalesce(current_setting('gateway.untold_turns', true), '');
BEGIN
  IF batch <> 'on' THEN
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

-- V40's write_turns with its turns' events made once a statement, not by a call of turn_event a turn: their ids drawn
-- from the events' sequence in the turns' order (as the select list's turn_event drew them), their payloads built
-- together and kept for after the COMMIT (or NOTIFYed) as turn_event does, with one setting written a batch. A call of
-- turn_event a turn — a plpgsql call, two settings read and one written, the batch's string of payloads copied at
-- each — was ≈ 20 µs a turn of the backend's ≈ 0.4 ms under load (pg_stat_statements: its set_config 0.018 ms a
-- turn; psql, 9,000 calls inside a function with a SET clause: 205–246 ms). The answer is V40's, row for row.
CREATE OR REPLACE FUNCTION write_turns(p_conversation uuid[], p_channel text[], p_direction text[], p_author text[],
    p_body text[], p_client_msg_id text[], p_created timestamptz[], p_id uuid[], p_state text[], p_lang text[],
    p_version bigint[], p_owner text[], p_at timestamptz[], p_waiting text[], p_told_at timestamptz[], p_detail text[])
  RETURNS TABLE (conversation uuid, id bigint, updated boolean, ids bigint[], created timestamptz[], last_message bigint)
  LANGUAGE plpgsql ROWS 10 SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
  turn_ids bigint[] := ARRAY(SELECT nextval('events_id_seq') FROM generate_series(1, coalesce(cardinality(p_id), 0)));
  payloads text;
  mode text;
BEGIN
  IF cardinality(turn_ids) > 0 THEN
    payloads := (SELECT string_agg(turn_ids[i]::text || ',conversation_turn,' || p_id[i]::text || ','
      || coalesce(p_detail[i], ''), ';' ORDER BY i) FROM generate_subscripts(turn_ids, 1) AS i);
    mode := current_setting('gateway.notify_after', true);
    IF mode = 'session' THEN
      PERFORM set_config('gateway.untold_turns', coalesce(current_setting('gateway.untold_turns', true), '') || payloads
        || ';', false);
    ELSIF mode = 'on' THEN
      PERFORM set_config('gateway.notify_turns', coalesce(current_setting('gateway.notify_turns', true), '') || payloads
        || ';', true);
    ELSE
      PERFORM pg_notify('gateway_events', x.p) FROM unnest(string_to_array(payloads, ';')) WITH ORDINALITY AS x(p, n)
        ORDER BY x.n;
    END IF;
  END IF;
  RETURN QUERY
    WITH ins AS (
      INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
      SELECT u.conversation_id, u.channel, u.direction, u.author, u.body::jsonb, u.client_msg_id, u.created_at
      FROM unnest(p_conversation, p_channel, p_direction, p_author, p_body, p_client_msg_id, p_created)
        WITH ORDINALITY AS u(conversation_id, channel, direction, author, body, client_msg_id, created_at, n)
      ORDER BY u.n
      RETURNING messages.id, messages.conversation_id, messages.created_at),
    t AS (
      SELECT * FROM unnest(p_id, p_state, p_lang, p_version, p_owner, p_at, p_waiting, p_told_at, p_detail)
        WITH ORDINALITY AS t(id, state, lang, version, owner, at, waiting, told_at, detail, n)),
    upd AS (
      UPDATE conversations c SET state = t.state::jsonb, lang = t.lang, owner = t.owner, version = c.version + 1,
             updated_at = t.at, waiting_reason = t.waiting,
             waiting_since = CASE WHEN t.waiting IS NULL THEN NULL WHEN c.waiting_reason IS NULL THEN t.at
               ELSE c.waiting_since END,
             waiting_told_at = t.told_at
      FROM t WHERE c.id = t.id AND c.version = t.version RETURNING c.id),
    mine AS (
      SELECT i.conversation_id, array_agg(i.id ORDER BY i.id) AS ids, array_agg(i.created_at ORDER BY i.id) AS created,
        max(i.id) AS last
      FROM ins i GROUP BY i.conversation_id)
    SELECT t.id, turn_ids[t.n], u.id IS NOT NULL, m.ids, m.created,
      coalesce(m.last, (SELECT max(x.id) FROM messages x WHERE x.conversation_id = t.id))
    FROM t LEFT JOIN mine m ON m.conversation_id = t.id LEFT JOIN upd u ON u.id = t.id
    ORDER BY t.n;
END $$;
