-- What the guided intake now collects beyond Art 14's five items, and the flags of a conversation.
ALTER TABLE cases
  ADD COLUMN province text,
  ADD COLUMN city text,
  ADD COLUMN county text,
  ADD COLUMN town text,
  ADD COLUMN kind text,
  ADD COLUMN since text,
  ADD COLUMN polluter text,
  ADD COLUMN affected integer,
  ADD COLUMN accused text,
  -- Art 24: the petitioner's identity may be shown to the reported party only with this consent.
  ADD COLUMN disclosure_consent boolean NOT NULL DEFAULT false,
  -- Art 19: flagged the moment the dialog recognised it.
  ADD COLUMN urgent boolean NOT NULL DEFAULT false;

-- A petitioner handed to staff waits in a queue ('queue'), or is served by one member ('staff:<login>').
COMMENT ON COLUMN conversations.owner IS 'bot, queue (waiting for staff) or staff:<login>';

ALTER TABLE events ADD COLUMN detail text;
