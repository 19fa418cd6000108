package dev.fundcrm.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few headers a message keeps (automation signals), stored as "name: value" lines. A line break inside
 * a value is replaced by a space: these values are read for classification, never written into mail.
 */
final class HeaderLines {

    private HeaderLines() {
    }

    static String write(Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(header -> lines
                .append(Columns.text(header.getKey()).replaceAll("[\\r\\n:]", " ")).append(": ")
                .append(Columns.text(header.getValue()).replaceAll("[\\r\\n]", " ")).append('\n'));
        return lines.toString();
    }

    static Map<String, String> read(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
