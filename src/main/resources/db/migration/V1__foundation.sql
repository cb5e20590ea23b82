-- Foundation schema: conversations, every message in and out, cases with numbers and hashed query codes,
-- an append-only case history, failed status queries, and cross-instance events.

CREATE TABLE conversations (
  id          uuid PRIMARY KEY,
  token_hash  bytea NOT NULL UNIQUE,            -- SHA-256 of the device's bearer token
  channel     text NOT NULL,
  lang        text NOT NULL CHECK (lang IN ('zh', 'en')),
  state       jsonb NOT NULL,                   -- the dialog engine's state
  owner       text NOT NULL DEFAULT 'bot',      -- 'bot' or 'staff:<login>'
  version     bigint NOT NULL DEFAULT 0,        -- optimistic concurrency
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE messages (
  id               bigserial PRIMARY KEY,
  conversation_id  uuid NOT NULL REFERENCES conversations (id),
  channel          text NOT NULL,
  direction        text NOT NULL CHECK (direction IN ('in', 'out')),
  author           text NOT NULL,               -- 'petitioner', 'bot' or 'staff:<login>'
  body             jsonb NOT NULL,              -- {"text": ..., "buttons": [...]}
  client_msg_id    text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, client_msg_id)
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);

-- Daily serials of case numbers (HB + yyyymmdd + 5 digits), safe with several instances.
CREATE TABLE case_serials (
  day          date PRIMARY KEY,
  last_serial  integer NOT NULL CHECK (last_serial BETWEEN 1 AND 99999)
);

CREATE TABLE cases (
  id                  bigserial PRIMARY KEY,
  case_number         text NOT NULL UNIQUE,
  query_code_hmac     bytea NOT NULL,           -- HMAC-SHA256 under a configured key; the code itself is never stored
  channel             text NOT NULL,
  conversation_id     uuid REFERENCES conversations (id),
  anonymous           boolean NOT NULL,
  petitioner_name     text,
  petitioner_address  text,
  contact_phone       text,
  location            text,                     -- where the problem is (not the home address)
  request             text NOT NULL,
  facts               text NOT NULL,
  category            text,
  state               text NOT NULL,
  department          text NOT NULL,
  lang                text NOT NULL,
  received_at         timestamptz NOT NULL,
  received_date       date NOT NULL,            -- in Asia/Shanghai
  notice_due          date NOT NULL,            -- Art 17: tell the petitioner within 15 days
  notice_due_estimated boolean NOT NULL DEFAULT false, -- beyond the official calendar: weekends only
  version             bigint NOT NULL DEFAULT 0,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_by_phone ON cases (contact_phone) WHERE contact_phone IS NOT NULL;

-- Append-only: who did what, when, why, under which article. public_text is what the petitioner may read.
CREATE TABLE case_events (
  id           bigserial PRIMARY KEY,
  case_id      bigint NOT NULL REFERENCES cases (id),
  at           timestamptz NOT NULL DEFAULT now(),
  kind         text NOT NULL,
  actor        text NOT NULL,
  state_from   text,
  state_to     text,
  article      text,
  reason       text,
  public_text  text
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Failed status queries, per case number ('case:HB…') and per client ('client:…'), in a sliding window.
CREATE TABLE status_failures (
  key           text PRIMARY KEY,
  window_start  timestamptz NOT NULL,
  failures      integer NOT NULL
);

-- Events between instances: rows are the truth, NOTIFY only wakes listeners.
CREATE TABLE events (
  id               bigserial PRIMARY KEY,
  kind             text NOT NULL,
  conversation_id  uuid,
  case_id          bigint,
  at               timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gateway_events', NEW.id::text);
  RETURN NEW;
END $$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION notify_event();
