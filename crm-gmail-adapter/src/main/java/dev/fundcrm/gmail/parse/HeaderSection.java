package dev.fundcrm.gmail.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The header section of a raw RFC 5322 message: its fields, read within the limits, where the lines read
 * end ({@code keptEnd}, before {@code bodyOffset} when the section was longer than the limit) and where the
 * body starts. Lines end in CRLF or LF; each line is read as UTF-8 (RFC 6532) or, if it is not valid UTF-8, as
 * Windows-1252 (8-bit legacy headers). A line that is neither a field nor a continuation is skipped and noted.
 */
record HeaderSection(Headers headers, int keptEnd, int bodyOffset) {

    static HeaderSection read(byte[] raw, ParseLimits limits, Problems problems) {
        List<HeaderField> fields = new ArrayList<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        int position = 0;
        int keptEnd = 0;
        boolean capped = false;
        while (position < raw.length) {
            int newline = indexOf(raw, (byte) '\n', position);
            int next = newline < 0 ? raw.length : newline + 1;
            int end = newline < 0 ? raw.length : newline;
            if (end > position && raw[end - 1] == '\r') {
                end--;
            }
            if (end == position) {
                position = next;
                break;
            }
            if (!capped && next > limits.maxHeaderBytes()) {
                capped = true;
                problems.add(Headers.tooManyBytes(limits));
            }
            if (!capped) {
                keptEnd = next;
                String line = TextDecoding.utf8OrWindows1252(raw, position, end);
                if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                    if (name != null) {
                        value.append("\r\n").append(line);
                    }
                } else {
                    if (name != null) {
                        fields.add(new HeaderField(name, value.toString()));
                    }
                    int colon = line.indexOf(':');
                    name = colon > 0 && isFieldName(line.substring(0, colon)) ? line.substring(0, colon) : null;
                    value.setLength(0);
                    if (name == null) {
                        problems.add("a line in the header section is not a header field: skipped");
                    } else {
                        value.append(line.substring(colon + 1));
                    }
                }
            }
            position = next;
        }
        if (name != null && !capped) {
            fields.add(new HeaderField(name, value.toString()));
        }
        return new HeaderSection(Headers.capped(fields, limits, problems), keptEnd, Math.min(position, raw.length));
    }

    // RFC 5322 field names are printable ASCII but colon; white space before the colon is obsolete syntax.
    private static boolean isFieldName(String name) {
        String trimmed = name.strip();
        return !trimmed.isEmpty() && trimmed.chars().allMatch(c -> c > 32 && c < 127);
    }

    static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
