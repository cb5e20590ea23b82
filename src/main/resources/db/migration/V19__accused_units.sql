-- Issue 11 §3 (Art 23): the units an accusation accuses, by directory code. The accused unit and every unit under it
-- never see the matter (no list, read, count or print) and no act sends it there. Set at registration from the routing
-- proposal's "excluded" departments; staff confirm (or name) the accused unit, after which it may be transferred
-- (never to the accused). Accusations already registered take their proposal's excluded departments.
ALTER TABLE cases
  ADD COLUMN accused_codes text[] NOT NULL DEFAULT '{}',
  ADD COLUMN accused_confirmed_by text,
  ADD COLUMN accused_confirmed_at timestamptz;
UPDATE cases SET accused_codes = ARRAY(SELECT jsonb_array_elements_text(proposal -> 'excluded'))
WHERE category = '检举控告' AND jsonb_typeof(proposal -> 'excluded') = 'array';
