package dev.fundcrm.gmail.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One linear pass over a raw message that takes out what the walk would not read, before Angus Mail sees
 * the message. Angus splits a multipart level by scanning all of it, nested levels included, so a message
 * nested 8,000 deep costs it time in the square of the depth even when the walk stops at the depth limit.
 *
 * <p>The pass follows boundaries as a stack no deeper than the depth limit. The body of a multipart the walk
 * would not open (one at the depth limit) is cut out, up to its parent's next delimiter; at the first part
 * over the part limit the message is cut off. Each line starting with "--" is compared with at most
 * depth-limit delimiters, which keeps the pass linear in the message's size. Stateless.
 */
final class MultipartPrescan {

    /** What Angus may see, and whether anything was taken out. */
    record Result(byte[] bytes, boolean cut) {
    }

    private MultipartPrescan() {
    }

    static Result prescan(byte[] raw, int bodyOffset, MediaType top, ParseLimits limits, Problems problems) {
        List<byte[]> delimiters = new ArrayList<>();
        if (top.isMultipart() && !top.boundary().isEmpty()) {
            delimiters.add(delimiter(top.boundary()));
        }
        List<int[]> cuts = new ArrayList<>();
        int skippingFrom = -1;
        int parts = 1;
        int position = bodyOffset;
        while (position < raw.length && !delimiters.isEmpty()) {
            int newline = HeaderSection.indexOf(raw, (byte) '\n', position);
            int next = newline < 0 ? raw.length : newline + 1;
            int end = trimEnd(raw, position, newline < 0 ? raw.length : newline);
            if (end - position >= 2 && raw[position] == '-' && raw[position + 1] == '-') {
                for (int level = delimiters.size() - 1; level >= 0; level--) {
                    byte[] delimiter = delimiters.get(level);
                    if (!startsWith(raw, position, end, delimiter)) {
                        continue;
                    }
                    int rest = position + delimiter.length;
                    boolean closing = end - rest == 2 && raw[rest] == '-' && raw[rest + 1] == '-';
                    if (!closing && rest != end) {
                        continue;
                    }
                    if (skippingFrom >= 0) {
                        cuts.add(new int[] {skippingFrom, lineBreakBefore(raw, skippingFrom, position)});
                        skippingFrom = -1;
                    }
                    delimiters.subList(level + 1, delimiters.size()).clear();
                    if (closing) {
                        delimiters.remove(level);
                        break;
                    }
                    parts++;
                    if (parts > limits.maxParts()) {
                        problems.add(BodyWalker.tooManyParts(limits));
                        cuts.add(new int[] {position, raw.length});
                        return new Result(without(raw, cuts), true);
                    }
                    PartHead head = partHead(raw, next);
                    if (head.type().isMultipart() && !head.type().boundary().isEmpty()) {
                        if (level + 1 < limits.maxDepth()) {
                            delimiters.add(delimiter(head.type().boundary()));
                        } else {
                            problems.add(BodyWalker.tooDeep(limits));
                            skippingFrom = head.bodyOffset();
                        }
                    }
                    next = head.bodyOffset();
                    break;
                }
            }
            position = next;
        }
        if (skippingFrom >= 0) {
            cuts.add(new int[] {skippingFrom, raw.length});
        }
        return cuts.isEmpty() ? new Result(raw, false) : new Result(without(raw, cuts), true);
    }

    // Where the line break before a delimiter line starts: it belongs to the delimiter (RFC 2046).
    private static int lineBreakBefore(byte[] raw, int from, int delimiterLine) {
        int end = delimiterLine;
        if (end > from && raw[end - 1] == '\n') {
            end--;
            if (end > from && raw[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private static byte[] without(byte[] raw, List<int[]> cuts) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(raw.length);
        int position = 0;
        for (int[] cut : cuts) {
            kept.write(raw, position, cut[0] - position);
            position = cut[1];
        }
        kept.write(raw, position, raw.length - position);
        return kept.toByteArray();
    }

    private record PartHead(MediaType type, int bodyOffset) {
    }

    // A part's Content-Type, unfolded, and where its body starts.
    private static PartHead partHead(byte[] raw, int from) {
        StringBuilder contentType = null;
        int position = from;
        while (position < raw.length) {
            int newline = HeaderSection.indexOf(raw, (byte) '\n', position);
            int next = newline < 0 ? raw.length : newline + 1;
            int end = trimEnd(raw, position, newline < 0 ? raw.length : newline);
            if (end == position) {
                return new PartHead(MediaType.parse(contentType == null ? null : contentType.toString()), next);
            }
            String line = new String(raw, position, Math.min(end - position, 4096), StandardCharsets.ISO_8859_1);
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (continuation && contentType != null && contentType.length() < 4096) {
                contentType.append(' ').append(line.strip());
            } else if (!continuation) {
                boolean isContentType = line.regionMatches(true, 0, "content-type:", 0, 13);
                if (contentType != null && !isContentType) {
                    return new PartHead(MediaType.parse(contentType.toString()), skipToBody(raw, next));
                }
                if (isContentType) {
                    contentType = new StringBuilder(line.substring(13));
                }
            }
            position = next;
        }
        return new PartHead(MediaType.parse(contentType == null ? null : contentType.toString()), raw.length);
    }

    private static int skipToBody(byte[] raw, int from) {
        int position = from;
        while (position < raw.length) {
            int newline = HeaderSection.indexOf(raw, (byte) '\n', position);
            int next = newline < 0 ? raw.length : newline + 1;
            if (trimEnd(raw, position, newline < 0 ? raw.length : newline) == position) {
                return next;
            }
            position = next;
        }
        return raw.length;
    }

    // The line's end without its CR and trailing white space (RFC 2046 allows white space after a delimiter).
    private static int trimEnd(byte[] raw, int from, int end) {
        int trimmed = end;
        while (trimmed > from && (raw[trimmed - 1] == '\r' || raw[trimmed - 1] == ' ' || raw[trimmed - 1] == '\t')) {
            trimmed--;
        }
        return trimmed;
    }

    private static boolean startsWith(byte[] raw, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (raw[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] delimiter(String boundary) {
        return ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }
}
