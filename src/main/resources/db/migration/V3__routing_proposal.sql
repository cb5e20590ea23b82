-- The routing proposal made when a case is registered (a proposal: the department decides, Art 17),
-- the division code of the problem's place, the finer matter type, and the links that duplicates and
-- hotspots need (Art 17, 18(1), 34).
ALTER TABLE cases
  ADD COLUMN place_code text,
  ADD COLUMN matter text,
  ADD COLUMN proposal jsonb,
  ADD COLUMN proposed_decision text,
  ADD COLUMN proposed_department text,
  ADD COLUMN repeat_of text,
  ADD COLUMN hotspot boolean NOT NULL DEFAULT false;
CREATE INDEX cases_by_place_kind ON cases (place_code, kind, received_date);
CREATE INDEX cases_by_polluter ON cases (polluter, received_date) WHERE polluter IS NOT NULL;
