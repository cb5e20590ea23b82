-- Issue 13 §12: a photo's bytes may be kept in an S3-compatible store (evidence.store: s3); its row keeps the
-- object's key instead of the bytes. PostgreSQL stays the default.
ALTER TABLE evidence_photos ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE evidence_photos ADD COLUMN object_key text;
ALTER TABLE evidence_photos ADD CONSTRAINT evidence_photos_bytes CHECK (bytes IS NOT NULL OR object_key IS NOT NULL);
