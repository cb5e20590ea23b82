-- Issue 13 §12: a petitioner may add photos to a registered case from the status page (case number and query
-- code), up to the same 6: such a photo belongs to the case at once and to no conversation.
ALTER TABLE evidence_photos ALTER COLUMN conversation_id DROP NOT NULL;
ALTER TABLE evidence_photos ADD CONSTRAINT evidence_photos_owner CHECK (conversation_id IS NOT NULL OR case_id IS NOT NULL);
