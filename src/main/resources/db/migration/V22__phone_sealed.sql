-- Issue 11 §6: the petitioner's phone is stored sealed (AES-GCM under security.dataKey, by the gateway) and found
-- by a keyed hash; whether it is a mobile (what SMS notices need to know) is kept beside it. The gateway seals the
-- rows stored before this at its next start (PgCaseRepository.sealPlainValues) and again after a key rotation.
ALTER TABLE cases ADD COLUMN contact_phone_hash bytea,
                  ADD COLUMN contact_mobile boolean NOT NULL DEFAULT false;
UPDATE cases SET contact_mobile = coalesce(regexp_replace(contact_phone, '[^0-9]', '', 'g') ~ '^(86)?1[3-9][0-9]{9}$', false);
DROP INDEX IF EXISTS cases_by_phone;
CREATE INDEX cases_by_phone_hash ON cases (contact_phone_hash) WHERE contact_phone_hash IS NOT NULL;
