-- A petitioner adding to the case just registered in the same conversation ("我还想补充一下…", "I forgot to mention…")
-- is an entry of that case's history, kind 'supplement' (actor petitioner:<channel>, reason the text as others may
-- read it: identities masked), never a second case. The handler's history lists a case's supplements by this index.
CREATE INDEX case_events_supplements ON case_events (case_id, id) WHERE kind = 'supplement';
COMMENT ON INDEX case_events_supplements IS 'what the petitioner added after the receipt, in the conversation that raised the case';
