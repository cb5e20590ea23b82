-- The metrics read, every metrics.refreshSeconds on every instance, how many conversations wait for staff and
-- the alerts of the last day: partial indexes keep those reads off the whole tables.
CREATE INDEX conversations_waiting_for_staff ON conversations (owner) WHERE owner = 'queue';
CREATE INDEX events_alerts ON events (at) WHERE kind = 'alert';
