-- Issue 11 §6, correction 7: beside the phone (V22), the petitioner's name and address, the facts and request as
-- received, the conversations' states and the messages' texts are stored sealed (AES-256-GCM under
-- security.dataKey, by the gateway: the database never holds the key). The gateway seals the rows stored before this
-- at its next start (PgCaseRepository.sealPlainValues, PgConversationsAtRest.sealAll), and again after a key rotation.
-- Nothing may search these columns in SQL: phones by contact_phone_hash, texts through the redacted copies.
COMMENT ON COLUMN cases.petitioner_name IS 'sealed: k<version>:<base64 of IV, ciphertext, tag>; empty or null as is';
COMMENT ON COLUMN cases.petitioner_address IS 'sealed: k<version>:<base64>; empty or null as is';
COMMENT ON COLUMN cases.contact_phone IS 'sealed: k<version>:<base64>; found by contact_phone_hash';
COMMENT ON COLUMN cases.facts IS 'sealed as received (ID numbers masked): k<version>:<base64>; readable copy: facts_redacted';
COMMENT ON COLUMN cases.request IS 'sealed as received: k<version>:<base64>; empty as is; readable copy: request_redacted';
COMMENT ON COLUMN conversations.state IS 'the dialog state sealed: {"sealed": "k<version>:<base64>"}';
COMMENT ON COLUMN messages.body IS '{"text": "k<version>:<base64>" (sealed), "buttons": [...], "kind", "receipt"}';
