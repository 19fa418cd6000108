package dev.fundcrm.gmail.takeout;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads an mbox message by message from a stream, holding at most one message's header section (and, when
 * asked, one message) at a time: a multi-gigabyte Takeout export is never in memory.
 *
 * <p>A message starts at a line beginning {@code From } that follows a blank line or the start, or that
 * looks like a separator ({@code From <sender> <weekday> <month> <day> <time>}), as Takeout and mboxo
 * writers leave a body's own "From " lines after text. A body line {@code >From } or {@code >>From } loses
 * one {@code >} (mboxrd, and mboxo's common case). The blank line before a separator belongs to the
 * separator. Lines end in LF or CRLF; lines longer than {@value #SEGMENT} bytes are read in pieces. Confined
 * to one thread.
 */
final class MboxReader implements Closeable {

    /** How much of each message to keep. */
    enum Reading {
        /** The header section and a digest of the whole message: what listing needs. */
        LISTING,
        /** The header section only; the reader stops there and can't go on to the next message. */
        HEAD,
        /** The whole message, up to the message limit. */
        FULL
    }

    static final int SEGMENT = 8 * 1024;
    static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SEPARATOR =
            Pattern.compile("From \\S+ +[A-Z][a-z]{2},? [A-Z][a-z]{2} +\\d{1,2} \\d{1,2}:\\d{2}.*");

    private final InputStream in;
    private final boolean separators;
    private final int headLimit;
    private final int contentLimit;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPosition;
    private int bufferLimit;
    private long position;
    private final byte[] segment = new byte[SEGMENT];
    private int segmentLength;
    private boolean segmentStartsLine;
    private boolean nextStartsLine = true;
    private boolean previousLineBlank = true;
    private byte[] pendingSeparator;
    private long pendingOffset;
    private long largestHeld;

    /** A reader of {@code in}, whose first byte is at {@code offset} in the file. */
    MboxReader(InputStream in, long offset, int headLimit, int contentLimit) {
        this(in, offset, headLimit, contentLimit, true);
    }

    private MboxReader(InputStream in, long offset, int headLimit, int contentLimit, boolean separators) {
        this.in = in;
        this.separators = separators;
        this.position = offset;
        this.headLimit = headLimit;
        this.contentLimit = contentLimit;
    }

    /** A reader of one message alone (an .eml file): no separators, no quoting. */
    static MboxReader ofOneMessage(InputStream in, int headLimit, int contentLimit) {
        return new MboxReader(in, 0, headLimit, contentLimit, false);
    }

    /** The next message, or null at the end of the stream. */
    MboxEntry next(Reading reading) throws IOException {
        long offset;
        String fromLine;
        boolean firstSegmentIsContent = false;
        if (pendingSeparator != null) {
            offset = pendingOffset;
            fromLine = text(pendingSeparator, pendingSeparator.length);
            pendingSeparator = null;
        } else {
            do {
                offset = position;
                if (!readSegment()) {
                    return null;
                }
            } while (segmentStartsLine && isBlankLine());
            if (separators && startsWith(FROM)) {
                fromLine = text(segment, segmentLength);
                skipRestOfLine();
            } else {
                fromLine = "";
                firstSegmentIsContent = true;
            }
        }
        EntryCollector entry = new EntryCollector(reading, headLimit, contentLimit, separators);
        previousLineBlank = false;
        boolean more = firstSegmentIsContent || readSegment();
        while (more) {
            boolean blank = segmentStartsLine && isBlankLine();
            if (separators && segmentStartsLine && startsWith(FROM) && (previousLineBlank || looksLikeSeparator())) {
                pendingOffset = position - segmentLength;
                pendingSeparator = Arrays.copyOf(segment, segmentLength);
                skipRestOfLine();
                break;
            }
            entry.take(segment, segmentLength, segmentStartsLine, blank);
            largestHeld = Math.max(largestHeld, entry.held() + SEGMENT);
            if (reading == Reading.HEAD && (entry.headDone() || entry.held() >= headLimit)) {
                return entry.finish(offset, -1, fromLine);
            }
            if (segmentStartsLine) {
                previousLineBlank = blank;
            }
            more = readSegment();
        }
        long end = pendingSeparator != null ? pendingOffset : position;
        return entry.finish(offset, end - offset, fromLine);
    }

    /** Whether a message follows the last one read. */
    boolean hasNext() {
        return pendingSeparator != null;
    }

    /** Where the next message starts (or the end of the stream, if none follows). */
    long nextOffset() {
        return pendingSeparator != null ? pendingOffset : position;
    }

    /** The most bytes held for one message at any time: header section, content kept, one line piece. */
    long largestHeld() {
        return largestHeld;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean isBlankLine() {
        return (segmentLength == 1 && segment[0] == '\n')
                || (segmentLength == 2 && segment[0] == '\r' && segment[1] == '\n');
    }

    private boolean startsWith(byte[] prefix) {
        if (segmentLength < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (segment[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean looksLikeSeparator() {
        return SEPARATOR.matcher(text(segment, segmentLength)).matches();
    }

    private static String text(byte[] bytes, int length) {
        int end = length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private void skipRestOfLine() throws IOException {
        while (!nextStartsLine && readSegment()) {
            // the rest of an over-long separator line is not content
        }
    }

    /** Reads up to and including the next LF, or {@value #SEGMENT} bytes; false at the end of the stream. */
    private boolean readSegment() throws IOException {
        segmentStartsLine = nextStartsLine;
        segmentLength = 0;
        boolean lineEnded = false;
        while (segmentLength < SEGMENT && !lineEnded) {
            if (bufferPosition == bufferLimit) {
                bufferLimit = in.read(buffer);
                bufferPosition = 0;
                if (bufferLimit <= 0) {
                    bufferLimit = 0;
                    break;
                }
            }
            int end = Math.min(bufferLimit, bufferPosition + SEGMENT - segmentLength);
            int scan = bufferPosition;
            while (scan < end && buffer[scan] != '\n') {
                scan++;
            }
            lineEnded = scan < end;
            int copied = (lineEnded ? scan + 1 : end) - bufferPosition;
            System.arraycopy(buffer, bufferPosition, segment, segmentLength, copied);
            segmentLength += copied;
            bufferPosition += copied;
        }
        position += segmentLength;
        nextStartsLine = segmentLength > 0 && segment[segmentLength - 1] == '\n';
        return segmentLength > 0;
    }
}
