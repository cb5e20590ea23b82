-- The raisings of an alert (0 the first, then each escalation) for which no member of staff on duty could be told out
-- of the console: nobody on duty, or everyone on duty barred from its case (recused, Art 21; of the accused unit,
-- Art 23). Listed on the alert in the console, so that a supervisor learns nobody entitled was reachable.
ALTER TABLE alerts ADD COLUMN duty_gaps integer[] NOT NULL DEFAULT '{}';
