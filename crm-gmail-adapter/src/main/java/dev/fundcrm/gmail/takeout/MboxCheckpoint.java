package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.Checkpoint;

/** Where a listing of an mbox stands: the byte offset of the next message and how many came before it. */
record MboxCheckpoint(long offset, long index) {

    private static final String PREFIX = "mbox:";
    static final MboxCheckpoint START = new MboxCheckpoint(0, 0);

    static MboxCheckpoint of(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return START;
        }
        String value = checkpoint.value();
        int colon = value.indexOf(':', PREFIX.length());
        try {
            if (value.startsWith(PREFIX) && colon > 0) {
                long offset = Long.parseLong(value.substring(PREFIX.length(), colon));
                long index = Long.parseLong(value.substring(colon + 1));
                if (offset >= 0 && index >= 0) {
                    return new MboxCheckpoint(offset, index);
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the checkpoint
        }
        throw new IllegalArgumentException("not a checkpoint of an mbox source: '" + value + "'");
    }

    Checkpoint toCheckpoint() {
        return new Checkpoint(PREFIX + offset + ":" + index);
    }
}
