-- A petitioner's supplement after the receipt (V47) marks the case as having something new for its handler: a row here
-- (since: when the first unseen supplement came); the handler opening the case deletes it. A table of its own, not a
-- column of cases: the supplement's turn holds its conversation's lock, and a staff act on the case holds the case's
-- row before it takes that lock (its notice), so the turn must not wait for the case's row — an insert here only
-- shares the key. The case list and the case show it; the consoles are told at once by an events row of kind
-- 'case_news' (conversation id and case number: ids only).
CREATE TABLE case_news (
  case_id  bigint PRIMARY KEY REFERENCES cases (id),
  since    timestamptz NOT NULL
);
COMMENT ON TABLE case_news IS 'cases with a petitioner''s supplement their handler has not opened yet';
