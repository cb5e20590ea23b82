-- What an act decided beyond its reason (an opinion's outcome and legal basis, an agreement's text, where a
-- matter was transferred), kept on the append-only history and printed on the documents.
ALTER TABLE case_events ADD COLUMN detail jsonb;
