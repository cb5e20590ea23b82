-- Numbers that opted out of the SMS the gateway starts itself (退订: notices, a staff message's SMS copy), owned by
-- notice/PgSmsOptOuts. Found by the phone's keyed hash (DataKeys.phoneLookup, the one cases.contact_phone_hash uses),
-- never by the number; the number itself only sealed, so that a key rotation can hash it again. A row stays when the
-- number opts back in (opted_out false): the latest choice stands, with its time — the outbox delivers replies to what
-- the petitioner wrote after opting out, and only those.
CREATE TABLE sms_opt_outs (
  phone_hash bytea PRIMARY KEY,
  phone      text NOT NULL,
  opted_out  boolean NOT NULL,
  changed_at timestamptz NOT NULL
);
COMMENT ON TABLE sms_opt_outs IS 'SMS 退订 by number (keyed hash; the number sealed): no notice goes there by SMS';

-- An SMS that carries a staff message the conversation's platform would no longer take (the 48-hour window of WeChat
-- and 微信客服 closed): its text is the message's, read sealed from messages when sent, never copied here in clear.
ALTER TABLE notices ADD COLUMN message_id bigint;

-- A message a messaging channel did not carry is on the conversation's log (kind undelivered, text "why|fallback"),
-- where the console shows it.
ALTER TABLE conversation_log DROP CONSTRAINT conversation_log_kind_check,
  ADD CONSTRAINT conversation_log_kind_check CHECK (kind IN ('queued', 'claimed', 'released', 'closed', 'note',
    'message', 'case_registered', 'case_attached', 'read', 'undelivered'));
