package dev.fundcrm.gmail.takeout;

/**
 * One message of an mbox (or one .eml file) as {@link MboxReader} read it.
 *
 * @param offset where its {@code From } line starts in the file
 * @param length its bytes in the file, {@code From } line and quoting included, up to the next separator
 * @param fromLine its {@code From } line without the line break ("" before the first separator)
 * @param head its header section, {@code >From } unquoted, at most the reader's header limit
 * @param contentOrNull the whole message unquoted, at most the reader's message limit; null unless asked for
 * @param contentDigest SHA-256 of the message unquoted, CRs left out; null unless the whole entry was read
 * @param oversized whether the message is longer than the reader's message limit
 */
record MboxEntry(long offset, long length, String fromLine, byte[] head, byte[] contentOrNull, byte[] contentDigest,
                 boolean oversized) {
}
