-- Issue 11 §6, correction 7: a messaging sender (WeChat OpenID, WeCom external user, mobile number) is sealed and
-- hashed under security.dataKey like the rest of the personal data, so that keys rotate seals and hashes it again.
-- Rows sealed before under keys derived from security.queryCodeKey (address bytea) are moved by the gateway at its
-- next start (PgConversationsAtRest.sealAll): sealed_address set, key_hash recomputed, address cleared.
ALTER TABLE channel_identities ALTER COLUMN address DROP NOT NULL,
                               ADD COLUMN sealed_address text;
ALTER TABLE channel_identities ADD CONSTRAINT channel_identities_sealed CHECK (address IS NOT NULL OR sealed_address IS NOT NULL);
COMMENT ON COLUMN channel_identities.sealed_address IS 'the sender sealed under security.dataKey: k<version>:<base64>';
COMMENT ON COLUMN channel_identities.address IS 'before V24 only: sealed under a key derived from security.queryCodeKey';
COMMENT ON COLUMN channel_identities.key_hash IS 'HMAC-SHA256 of channel:address under the data key''s hash sub-key';
