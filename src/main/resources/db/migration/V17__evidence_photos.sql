-- Issue 13 §12: evidence photos sent from the chat page with a report. Kept with the conversation until the
-- report is registered, then with the case (case_id). Only stripped copies are stored: no EXIF, XMP or IPTC.
CREATE TABLE evidence_photos (
  id              bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id),
  case_id         bigint REFERENCES cases (id),
  content_type    text NOT NULL,
  bytes           bytea NOT NULL,
  size            integer NOT NULL,
  width           integer NOT NULL,
  height          integer NOT NULL,
  sha256          bytea NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX evidence_photos_pending ON evidence_photos (conversation_id) WHERE case_id IS NULL;
CREATE INDEX evidence_photos_case ON evidence_photos (case_id);
