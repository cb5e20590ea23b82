-- An SMS 退订/订阅 is on the conversation's log of the number's conversation (no phone number: the kind alone), so
-- that staff reading it know why their messages are held and notices go no more by SMS.
ALTER TABLE conversation_log DROP CONSTRAINT conversation_log_kind_check,
  ADD CONSTRAINT conversation_log_kind_check CHECK (kind IN ('queued', 'claimed', 'released', 'closed', 'note',
    'message', 'case_registered', 'case_attached', 'read', 'undelivered', 'sms_opted_out', 'sms_opted_in'));
