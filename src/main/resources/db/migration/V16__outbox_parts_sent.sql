-- A reply cut into parts and stopped by the customer-service quota (5 messages in 48 hours) part-way: how many parts
-- of the first message after delivered_through already went, so that the rest follows in the next window without
-- sending those parts again.
ALTER TABLE channel_outbox ADD COLUMN parts_sent integer NOT NULL DEFAULT 0;
