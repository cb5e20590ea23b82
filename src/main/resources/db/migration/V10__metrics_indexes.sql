-- The metrics read, every metrics.refreshSeconds on every instance, the alerts of the last day (the queue's count
-- uses conversations_waiting): an index keeps that read off the whole table.
CREATE INDEX alerts_by_raised ON alerts (raised_at);
