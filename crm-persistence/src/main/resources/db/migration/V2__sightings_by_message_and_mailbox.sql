-- The review queue's mailbox filter asks, for each pending proposal in queue order, whether a mailbox saw its
-- message. With the mailbox in the index, the index alone answers: on PostgreSQL an index-only probe instead of a
-- probe and a heap fetch (at 1M sightings, 20 ms a page became 4 ms; docs/benchmarks.md). seq ordered a message's
-- few sightings, which a sort does as well; replacing the index keeps sightings, the most written table, at three.
DROP INDEX sightings_by_message;
CREATE INDEX sightings_by_message ON sightings (message_key, mailbox);
