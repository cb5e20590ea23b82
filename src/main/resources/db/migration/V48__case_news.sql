-- A petitioner's supplement after the receipt (V47) marks the case as having something new for its handler: news_at
-- is when the first unseen supplement came; the handler opening the case clears it. The case list and the case show it;
-- the consoles are told at once by an events row of kind 'case_news' (conversation id and case number: ids only).
ALTER TABLE cases ADD COLUMN news_at timestamptz;
COMMENT ON COLUMN cases.news_at IS 'when the petitioner added something its handler has not seen yet (supplement); null: nothing new';
