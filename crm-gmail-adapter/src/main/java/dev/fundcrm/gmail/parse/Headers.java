package dev.fundcrm.gmail.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message's header fields in order, as far as the limits let a parser read them. Immutable.
 */
final class Headers {

    private static final int PREVIEW_LINES = 30;

    private final List<HeaderField> fields;

    private Headers(List<HeaderField> fields) {
        this.fields = List.copyOf(fields);
    }

    /**
     * The fields up to {@link ParseLimits#maxHeaderCount()} fields and {@link ParseLimits#maxHeaderBytes()}
     * bytes; a field that would cross the byte limit and all after it are left out, and that is noted.
     */
    static Headers capped(List<HeaderField> all, ParseLimits limits, Problems problems) {
        List<HeaderField> kept = new ArrayList<>();
        int bytes = 0;
        for (HeaderField field : all) {
            if (kept.size() == limits.maxHeaderCount()) {
                problems.add(tooManyFields(limits));
                break;
            }
            bytes += field.sizeBytes();
            if (bytes > limits.maxHeaderBytes()) {
                problems.add(tooManyBytes(limits));
                break;
            }
            kept.add(field);
        }
        return new Headers(kept);
    }

    static String tooManyFields(ParseLimits limits) {
        return "more than " + limits.maxHeaderCount() + " header fields: the rest were not read";
    }

    static String tooManyBytes(ParseLimits limits) {
        return "header section longer than " + limits.maxHeaderBytes() + " bytes: the rest was not read";
    }

    /** The raw value of the first field with this name (any case). */
    Optional<String> first(String name) {
        return fields.stream().filter(field -> field.is(name)).map(HeaderField::value).findFirst();
    }

    /** The raw values of every field with this name (any case), in order. */
    List<String> all(String name) {
        return fields.stream().filter(field -> field.is(name)).map(HeaderField::value).toList();
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The first header lines, unfolded, each control character shown as '?', at most {@code maxChars} in
     * all: what an admin sees of a message that could not be parsed.
     */
    String preview(int maxChars) {
        StringBuilder preview = new StringBuilder();
        for (HeaderField field : fields.subList(0, Math.min(fields.size(), PREVIEW_LINES))) {
            String line = field.name() + ": " + HeaderText.unfold(field.value());
            preview.append(line.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?")).append('\n');
            if (preview.length() >= maxChars) {
                break;
            }
        }
        return preview.length() > maxChars ? preview.substring(0, maxChars) : preview.toString();
    }
}
