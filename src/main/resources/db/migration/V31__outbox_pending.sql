-- The outbox delivers a messaging conversation's outgoing messages not yet delivered, not those after a cursor
-- (issue 12). A message's id is drawn when it is inserted and becomes visible when its transaction commits: a notice
-- written without the conversation's lock (a staff act's, the scheduler's) may commit after a reply with a higher id
-- was delivered, and a cursor had passed it for good.
--
-- A row here per outgoing message of a messaging conversation, written by the trigger in the writer's own transaction
-- (every writer, with no lock of its own: none is needed for the order of commits) and deleted by the delivery that
-- sent it, under the outbox's lease. Small: only what waits.
CREATE TABLE channel_pending (
  conversation_id  uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  message_id       bigint NOT NULL,
  PRIMARY KEY (conversation_id, message_id)
);

-- By the conversation's channel, not the message's: a notice carries its case's channel, and a case registered
-- elsewhere (a letter, a call) may be attached to a WeChat conversation later.
CREATE FUNCTION message_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO channel_pending (conversation_id, message_id)
  SELECT NEW.conversation_id, NEW.id FROM conversations c
  WHERE c.id = NEW.conversation_id AND c.channel IN ('wechat', 'wecom', 'sms');
  RETURN NULL;
END $$;
-- The channels with an outbox (WeChat, WeCom 微信客服, SMS); a new messaging channel is added above.
CREATE TRIGGER messages_pending AFTER INSERT ON messages FOR EACH ROW
  WHEN (NEW.direction = 'out') EXECUTE FUNCTION message_pending();

-- What waits now: the outgoing messages after each ledger's cursor, and those of conversations without a ledger yet
-- (a new follower's greeting). A deleted conversation takes its rows (Housekeeping, a dropped identity).
INSERT INTO channel_pending (conversation_id, message_id)
SELECT m.conversation_id, m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id
  LEFT JOIN channel_outbox o ON o.conversation_id = m.conversation_id
WHERE m.direction = 'out' AND c.channel IN ('wechat', 'wecom', 'sms') AND m.id > coalesce(o.delivered_through, 0);

-- The message a reply stopped part-way by the quota belongs to (parts_sent counts its parts): with no cursor, the
-- first message waiting is not necessarily it (a late notice may come before it by id).
ALTER TABLE channel_outbox ADD COLUMN parts_of bigint NOT NULL DEFAULT 0;
UPDATE channel_outbox o SET parts_of = coalesce((SELECT min(m.id) FROM messages m WHERE m.conversation_id = o.conversation_id
  AND m.direction = 'out' AND m.id > o.delivered_through), 0)
WHERE o.parts_sent > 0;
COMMENT ON COLUMN channel_outbox.delivered_through IS
  'the highest message id delivered (0: nothing yet, the privacy notice goes first); no longer a cursor';
