-- Messaging channels (WeChat Official Account, WeCom 微信客服, SMS): one conversation per channel identity,
-- callbacks de-duplicated across instances, pulled feeds and API tokens shared under leases, and what went
-- out to each conversation.

-- A channel identity (an OpenID, a WeCom external user, a mobile number) is found by a keyed hash; the
-- address itself is kept only encrypted, to reply. Neither is readable by a staff view.
CREATE TABLE channel_identities (
  key_hash        bytea PRIMARY KEY,          -- HMAC-SHA256 of channel:address under a key derived from security.queryCodeKey
  channel         text NOT NULL,
  conversation_id uuid NOT NULL UNIQUE REFERENCES conversations (id),
  address         bytea NOT NULL,             -- AES-GCM (12-byte nonce || ciphertext) of the address
  created_at      timestamptz NOT NULL
);

-- Callbacks taken: WeChat MsgId or event key, WeCom msgid, SMS id. A retried delivery finds its row and runs
-- no second turn; a claim older than the platform's answer budget may be taken again (the turn itself is
-- idempotent by the message id, so a crashed instance loses nothing).
CREATE TABLE inbound_seen (
  channel     text NOT NULL,
  key         text NOT NULL,
  claimed_at  timestamptz NOT NULL,
  PRIMARY KEY (channel, key)
);
CREATE INDEX inbound_seen_by_time ON inbound_seen (claimed_at);

-- Cursors of feeds the gateway pulls (WeCom 微信客服 sync_msg), leased so that one instance pulls at a time.
CREATE TABLE sync_cursors (
  name         text PRIMARY KEY,
  cursor       text,
  lease_owner  text,
  lease_until  timestamptz
);

-- Access tokens of the platforms' APIs, shared by every instance; one refresh at a time under a lease.
CREATE TABLE access_tokens (
  name         text PRIMARY KEY,
  token        text,
  expires_at   timestamptz,
  lease_owner  text,
  lease_until  timestamptz
);

-- What went out to a messaging conversation: the last outgoing message delivered, a lease so that one
-- instance delivers at a time (exactly once across instances), and the customer-service window: the
-- citizen's last message and how many messages were sent since (WeChat and WeCom: 5 within 48 hours).
CREATE TABLE channel_outbox (
  conversation_id    uuid PRIMARY KEY REFERENCES conversations (id),
  channel            text NOT NULL,
  delivered_through  bigint NOT NULL DEFAULT 0,
  lease_owner        text,
  lease_until        timestamptz,
  window_from        timestamptz,
  sent_in_window     integer NOT NULL DEFAULT 0
);
