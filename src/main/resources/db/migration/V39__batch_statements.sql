-- A group-commit batch's one load (PgConversationRepository.LOAD_BATCH, issue 16 "multirow"): every conversation of the
-- batch that no other transaction holds, locked by the batch's top transaction in id order (SKIP LOCKED: a batch never
-- waits for a row), each as a turn alone reads it — the state only when its version is not the one the instance holds
-- (p_held), and the message stored before under the turn's clientMsgId (p_client_msg_ids), both at the conversation's
-- position in p_ids (a batch holds at most 64). In a function with a generic plan: as a statement of its own its custom
-- plans (the batch's real array) always looked cheaper than the generic one (arrays of ten, as PostgreSQL guesses), so
-- it was planned again at every batch (0.14-0.19 ms against 0.03), as V38's notify_committed was.
CREATE FUNCTION load_batch(p_ids uuid[], p_held bigint[], p_client_msg_ids text[])
  RETURNS TABLE (id uuid, state jsonb, owner text, version bigint, updated_at timestamptz, waiting_reason text,
    waiting_told_at timestamptz, channel text, department_code text, seen bigint)
  LANGUAGE plpgsql ROWS 10 SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
    SELECT c.id, CASE WHEN c.version = p_held[k.i] THEN NULL ELSE c.state END, c.owner, c.version, c.updated_at,
      c.waiting_reason, c.waiting_told_at, c.channel, coalesce(c.department_code, ''),
      (SELECT m.id FROM messages m WHERE m.conversation_id = c.id AND m.client_msg_id = p_client_msg_ids[k.i])
    FROM conversations c CROSS JOIN LATERAL (SELECT array_position(p_ids, c.id) AS i) k
    WHERE c.id = ANY(p_ids)
    ORDER BY c.id FOR UPDATE OF c SKIP LOCKED;
END $$;

-- The ordinary turns' writes of a batch, or of one turn alone (PgConversationRepository.WRITE_TURNS): every turn's
-- messages, turn after turn and each in its order (one element a message: the ids drawn in that order), each
-- conversation's new state under the version its turn read (one element a turn), and each turn's event (V36's
-- turn_event), with, per turn in its order, whether its row was updated, its messages' ids and timestamps, and its
-- conversation's last message (the greater of what the statement's snapshot holds and what it inserted). One turn a
-- conversation (a batch holds one). In a function with a generic plan, for the reason above.
CREATE FUNCTION write_turns(p_conversation uuid[], p_channel text[], p_direction text[], p_author text[], p_body text[],
    p_client_msg_id text[], p_created timestamptz[], p_id uuid[], p_state text[], p_lang text[], p_version bigint[],
    p_owner text[], p_at timestamptz[], p_waiting text[], p_told_at timestamptz[], p_detail text[])
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
      FROM t WHERE c.id = t.id AND c.version = t.version RETURNING c.id)
    SELECT t.id, turn_event(t.id, t.detail), EXISTS (SELECT 1 FROM upd WHERE upd.id = t.id),
      (SELECT array_agg(i.id ORDER BY i.id) FROM ins i WHERE i.conversation_id = t.id),
      (SELECT array_agg(i.created_at ORDER BY i.id) FROM ins i WHERE i.conversation_id = t.id),
      greatest((SELECT max(m.id) FROM messages m WHERE m.conversation_id = t.id),
        (SELECT max(i.id) FROM ins i WHERE i.conversation_id = t.id))
    FROM t ORDER BY t.n;
END $$;
