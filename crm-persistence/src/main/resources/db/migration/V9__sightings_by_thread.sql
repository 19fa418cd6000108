-- The message view shows what was captured of a message's thread: the copies a mailbox saw in one Gmail thread
-- (Messages.inThread). Without this index that is a scan of every sighting of the mailbox. A fourth index on
-- the most written table: the price of finding a thread without reading a mailbox's whole history.
CREATE INDEX sightings_by_thread ON sightings (mailbox, thread_id, seq);
