-- Written notices to WeChat petitioners (Art 17; correction 10): by subscribe message (订阅通知) to those who
-- subscribed to the deployment's notice template, by template message where the account has them; SMS is the
-- fallback when WeChat refuses (unsubscribed, subscription withdrawn).

-- What a WeChat user chose for a template in the subscribe popup (subscribe_msg_popup_event) or changed
-- later in WeChat's settings (subscribe_msg_change_event); the latest choice by WeChat's CreateTime stands.
-- The user is named by their conversation (the OpenID is only sealed, in channel_identities).
CREATE TABLE wechat_subscriptions (
  conversation_id uuid NOT NULL REFERENCES conversations (id),
  template_id     text NOT NULL,
  accepted        boolean NOT NULL,
  chosen_at       timestamptz NOT NULL,        -- WeChat's CreateTime of the event
  recorded_at     timestamptz NOT NULL,        -- the gateway's clock
  PRIMARY KEY (conversation_id, template_id)
);

ALTER TABLE notices DROP CONSTRAINT notices_channel_check,
  ADD CONSTRAINT notices_channel_check CHECK (channel IN ('web', 'wechat', 'sms', 'letter', 'phone', 'none'));
CREATE INDEX notices_wechat_pending ON notices (next_attempt_at) WHERE status = 'pending' AND channel = 'wechat';
