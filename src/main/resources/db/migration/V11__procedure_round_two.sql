-- The procedure, round two (Art 17, 18, 25, 30, 31, 36, 38-41): where a case went, dates the record can trust,
-- delivery as a fact, the review path whole.
ALTER TABLE cases
  -- Art 17(3): the organ (outside the system, or another department inside it) the petitioner was told to turn to.
  ADD COLUMN referred_to text,
  -- The effective day of the latest act: a later act may not take effect before it.
  ADD COLUMN last_act_on date,
  -- The day the latest written opinion (Art 25, 30, 31) was issued; delivered once last_delivery is set again.
  ADD COLUMN reply_issued_on date,
  -- Electronic delivery (送达) of written opinions only with the petitioner's recorded consent.
  ADD COLUMN electronic_delivery boolean NOT NULL DEFAULT false,
  -- Art 30-31: who issued the opinion, where the review went, and how far the review path has gone
  -- (0: no review answered, 1: review answered, 2: re-review answered).
  ADD COLUMN opinion_by text,
  ADD COLUMN review_body text,
  ADD COLUMN review_stage integer NOT NULL DEFAULT 0;

-- Every history entry carries the moment it was recorded, from the gateway's clock, beside the moment it took
-- effect (at). Rows written before this column were recorded at their own time: read coalesce(recorded_at, at).
-- late_clock / late_due: the act was done after the deadline it answers (Art 38-41); kept for good, with the
-- department responsible at that moment, so supervision can list late acts by department and period.
ALTER TABLE case_events
  ADD COLUMN recorded_at timestamptz,
  ADD COLUMN late_clock text,
  ADD COLUMN late_due date,
  ADD COLUMN responsible_code text;
CREATE INDEX case_events_late ON case_events (at) WHERE late_clock IS NOT NULL;
