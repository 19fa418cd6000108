package dev.fundcrm.gmail.takeout;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * What {@link MboxReader} keeps of the message it is reading: the header section, the content if asked, a
 * digest of the content (CRs left out, so LF and CRLF copies of a message digest alike). A blank line is
 * held back: if a separator follows, it belongs to the separator. Confined to one reader.
 */
final class EntryCollector {

    private final int headLimit;
    private final int contentLimit;
    private final boolean unquote;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final ByteArrayOutputStream content;
    private final MessageDigest digest;
    private final byte[] withoutCr = new byte[MboxReader.SEGMENT];
    private byte[] heldBlank;
    private boolean headDone;
    private boolean oversized;

    EntryCollector(MboxReader.Reading reading, int headLimit, int contentLimit, boolean unquote) {
        this.headLimit = headLimit;
        this.contentLimit = contentLimit;
        this.unquote = unquote;
        this.content = reading == MboxReader.Reading.FULL ? new ByteArrayOutputStream() : null;
        this.digest = reading == MboxReader.Reading.HEAD ? null : Sha256.newDigest();
    }

    /** Takes one line, or one piece of a long line; {@code blank} if it is a whole empty line. */
    void take(byte[] bytes, int length, boolean startsLine, boolean blank) {
        if (blank && headDone) {
            if (heldBlank != null) {
                keep(heldBlank, 0, heldBlank.length);
            }
            heldBlank = Arrays.copyOf(bytes, length);
            return;
        }
        if (heldBlank != null) {
            keep(heldBlank, 0, heldBlank.length);
            heldBlank = null;
        }
        int from = unquote && startsLine && length > 1 && bytes[0] == '>' && isQuotedFrom(bytes, length) ? 1 : 0;
        keep(bytes, from, length - from);
        if (blank) {
            headDone = true;
        }
    }

    /** Whether the header section is complete (its blank line taken). */
    boolean headDone() {
        return headDone;
    }

    /** The bytes held now. */
    long held() {
        return head.size() + (content == null ? 0 : content.size());
    }

    MboxEntry finish(long offset, long length, String fromLine) {
        return new MboxEntry(offset, length, fromLine, head.toByteArray(),
                content == null ? null : content.toByteArray(), digest == null ? null : digest.digest(), oversized);
    }

    private void keep(byte[] bytes, int from, int length) {
        if (!headDone) {
            head.write(bytes, from, Math.max(0, Math.min(length, headLimit - head.size())));
        }
        if (content != null) {
            int room = contentLimit - content.size();
            content.write(bytes, from, Math.max(0, Math.min(length, room)));
            oversized |= length > room;
        }
        if (digest != null) {
            int kept = 0;
            for (int i = from; i < from + length; i++) {
                if (bytes[i] != '\r') {
                    withoutCr[kept++] = bytes[i];
                }
            }
            digest.update(withoutCr, 0, kept);
        }
    }

    private static boolean isQuotedFrom(byte[] bytes, int length) {
        int i = 0;
        while (i < length && bytes[i] == '>') {
            i++;
        }
        if (length - i < MboxReader.FROM.length) {
            return false;
        }
        for (int j = 0; j < MboxReader.FROM.length; j++) {
            if (bytes[i + j] != MboxReader.FROM[j]) {
                return false;
            }
        }
        return true;
    }
}
