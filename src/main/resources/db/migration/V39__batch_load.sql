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
