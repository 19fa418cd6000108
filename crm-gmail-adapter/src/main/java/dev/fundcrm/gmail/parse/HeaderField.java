package dev.fundcrm.gmail.parse;

import java.nio.charset.StandardCharsets;

/** One header field as it stood in the message: its name, and its value still folded and encoded. */
record HeaderField(String name, String value) {

    HeaderField {
        name = name == null ? "" : name.strip();
        value = value == null ? "" : value;
    }

    boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The field's size as a header line: name, colon, space, value, CRLF. */
    int sizeBytes() {
        return name.length() + value.getBytes(StandardCharsets.UTF_8).length + 4;
    }
}
