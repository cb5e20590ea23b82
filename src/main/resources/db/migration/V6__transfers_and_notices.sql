-- Matters transferred in and out (Art 17), and the written notices to the petitioner with their delivery.
ALTER TABLE cases
  -- Art 17: the written 15-day notice is owed for matters raised directly, not for those transferred in.
  ADD COLUMN raised_directly boolean NOT NULL DEFAULT true,
  ADD COLUMN transferred_from text,
  -- Art 17, last paragraph: an objection to a matter transferred in, within 5 working days of receipt.
  ADD COLUMN objection_due date,
  -- Art 17(1)(4): a result report due on a transferred matter (ours from a lower department, or ours to
  -- whoever transferred the matter in).
  ADD COLUMN report_due date,
  ADD COLUMN report_due_estimated boolean NOT NULL DEFAULT false,
  ADD COLUMN representatives integer,
  ADD COLUMN handling_basis text;

-- One row per notice and channel. Text is what the petitioner reads; the phone or address is read from
-- the case when the notice goes, never copied here. status: pending (waiting to go: an SMS queued, a
-- letter to print and post), sent, delivered, failed, exempt (Art 17: no usable contact details).
CREATE TABLE notices (
  id              bigserial PRIMARY KEY,
  case_id         bigint NOT NULL REFERENCES cases (id),
  act             text NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('web', 'sms', 'letter', 'phone', 'none')),
  status          text NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'failed', 'exempt')),
  text            text NOT NULL,
  article         text NOT NULL,
  due             date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_on         date,
  delivered_on    date,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  provider_ref    text,
  last_error      text,
  version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX notices_by_case ON notices (case_id);
CREATE INDEX notices_to_send ON notices (next_attempt_at) WHERE status = 'pending' AND channel = 'sms';
CREATE UNIQUE INDEX notices_by_provider_ref ON notices (provider_ref) WHERE provider_ref IS NOT NULL;

-- Notices sent before this table existed were recorded only on the history: carry them over, each as the
-- notice of the last decision before it, so that the overdue list does not show them as never told.
INSERT INTO notices (case_id, act, channel, status, text, article, sent_on)
SELECT e.case_id, d.kind, 'web', 'sent', '（通知表建立前发出的告知，见案件历史）', '第十七条',
       (e.at AT TIME ZONE 'Asia/Shanghai')::date
FROM case_events e
JOIN LATERAL (
  SELECT kind FROM case_events d
  WHERE d.case_id = e.case_id AND d.kind IN ('accept', 'transfer', 'refer', 'not_accept') AND d.id <= e.id
  ORDER BY d.id DESC LIMIT 1) d ON true
WHERE e.kind = 'notice_sent';
