-- The case procedure (issue "case lifecycle"): what the state machine needs on the case, and an access log
-- of every read of a petitioner's personal data by staff (Art 42).
ALTER TABLE cases
  ADD COLUMN subtype integer,
  ADD COLUMN fast_track boolean NOT NULL DEFAULT false,
  ADD COLUMN extended boolean NOT NULL DEFAULT false,
  ADD COLUMN extension_days integer NOT NULL DEFAULT 0,
  ADD COLUMN hearing_open boolean NOT NULL DEFAULT false,
  ADD COLUMN recused text[] NOT NULL DEFAULT '{}',
  ADD COLUMN accepted_date date,
  ADD COLUMN handling_due date,
  ADD COLUMN handling_due_estimated boolean NOT NULL DEFAULT false,
  ADD COLUMN last_delivery date;

CREATE TABLE access_log (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  actor     text NOT NULL,
  case_id   bigint NOT NULL REFERENCES cases (id),
  what      text NOT NULL
);
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
