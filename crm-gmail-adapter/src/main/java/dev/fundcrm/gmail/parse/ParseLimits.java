package dev.fundcrm.gmail.parse;

/**
 * How much of a message the parsers read before they stop: hostile mail must not cost more than this.
 *
 * <p>Beyond a limit a parser reads no further along that path and notes it in {@link ParseOutcome#problems()};
 * the message is still parsed from what was read, unless nothing useful is left (see the parsers).
 *
 * @param maxDepth multipart nesting below the message (the message's own body is depth 0); Dovecot allows 100
 * @param maxParts MIME parts visited in all, the message itself included; Dovecot allows 10,000
 * @param maxHeaderBytes bytes of the message's header section read, names and values counted
 * @param maxHeaderCount header fields read
 */
public record ParseLimits(int maxDepth, int maxParts, int maxHeaderBytes, int maxHeaderCount) {

    /** 50 levels, 1,000 parts, 64 KiB and 1,000 fields of headers: far above real mail. */
    public static final ParseLimits DEFAULT = new ParseLimits(50, 1_000, 64 * 1024, 1_000);

    public ParseLimits {
        if (maxDepth < 1 || maxParts < 1 || maxHeaderBytes < 1 || maxHeaderCount < 1) {
            throw new IllegalArgumentException("parse limits must be positive, were depth " + maxDepth + ", parts "
                    + maxParts + ", header bytes " + maxHeaderBytes + ", header fields " + maxHeaderCount);
        }
    }
}
