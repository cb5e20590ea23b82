-- Issue 13 §6, correction 13: how many are affected, as the petitioner said it ("几百户": household, no count,
-- 200–999), never turned into people. The old integer column stays (an exact number of people only) so that
-- existing rows read as before; their number is carried over as a count of people.
ALTER TABLE cases
  ADD COLUMN affected_text text,
  ADD COLUMN affected_unit text,
  ADD COLUMN affected_count integer,
  ADD COLUMN affected_min integer,
  ADD COLUMN affected_max integer;

UPDATE cases SET affected_text = affected::text, affected_unit = 'person', affected_count = affected,
  affected_min = affected, affected_max = affected
WHERE affected IS NOT NULL;
