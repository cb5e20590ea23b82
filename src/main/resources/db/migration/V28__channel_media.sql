-- Issue 12 §5: a picture sent on WeChat or WeCom 微信客服 is recorded here when its message is taken (the answer
-- goes out at once), then fetched from the platform's media API outside the callback and kept, stripped, in
-- evidence_photos (photo_id). A failed fetch is retried with its error recorded; the message is never lost.
CREATE TABLE channel_media (
  id              bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id),
  channel         text NOT NULL,
  msg_key         text NOT NULL,              -- the message's de-duplication key on its platform
  media_id        text NOT NULL,              -- the platform's media id (temporary media: valid 3 days)
  state           text NOT NULL CHECK (state IN ('pending', 'kept', 'refused', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  last_error      text,                       -- an errcode or a reason, never the platform's message
  next_at         timestamptz NOT NULL,
  lease_owner     text,
  lease_until     timestamptz,
  photo_id        bigint,
  created_at      timestamptz NOT NULL,
  UNIQUE (channel, msg_key)
);
CREATE INDEX channel_media_due ON channel_media (next_at) WHERE state = 'pending';
CREATE INDEX channel_media_conversation ON channel_media (conversation_id);
