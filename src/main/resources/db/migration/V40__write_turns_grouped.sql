-- Issue 16 (turncpu): the ordinary turns' write (V39) without a correlated look-up a turn. Measured on a replay of a
-- batch of eight ordinary turns (docs/BENCHMARKS.md, "turncpu"): V39's answer ran four subqueries for each turn — its
-- updated row (a scan of the UPDATE's rows), its messages' ids and timestamps (two scans and two sorts of every message
-- the batch inserted) and its conversation's last message (an index scan of messages) — a fifth of the statement's CPU.
-- Now the batch's messages are grouped once by conversation and joined, and so are the updated rows. The last message
-- is read from the index only for a turn that inserted none: a message the statement's snapshot sees was committed
-- before the statement began, so its id was drawn before any id this statement draws (messages_id_seq: one sequence,
-- CACHE 1), and the greatest of the two V39 took is then always the turn's own last message. The answer is the same,
-- row for row and in the turns' order; turn_event still runs once a turn, in that order (a volatile function in the
-- select list is evaluated after the ORDER BY).
CREATE OR REPLACE FUNCTION write_turns(p_conversation uuid[], p_channel text[], p_direction text[], p_author text[],
    p_body text[], p_client_msg_id text[], p_created timestamptz[], p_id uuid[], p_state text[], p_lang text[],
    p_version bigint[], p_owner text[], p_at timestamptz[], p_waiting text[], p_told_at timestamptz[], p_detail text[])
  RETURNS TABLE (conversation uuid, id bigint, updated boolean, ids bigint[], created timestamptz[], last_message bigint)
  LANGUAGE plpgsql ROWS 10 SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
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
    SELECT t.id, turn_event(t.id, t.detail), u.id IS NOT NULL, m.ids, m.created,
      coalesce(m.last, (SELECT max(x.id) FROM messages x WHERE x.conversation_id = t.id))
    FROM t LEFT JOIN mine m ON m.conversation_id = t.id LEFT JOIN upd u ON u.id = t.id
    ORDER BY t.n;
END $$;
