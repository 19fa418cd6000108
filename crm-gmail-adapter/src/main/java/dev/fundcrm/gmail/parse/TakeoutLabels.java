package dev.fundcrm.gmail.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Google Takeout's {@code X-Gmail-Labels} header: label names separated by commas, a name holding a
 * comma in double quotes. Gmail's system labels are written there by display name ({@code Inbox},
 * {@code Category Promotions}); they are mapped to the API's label ids ({@code INBOX},
 * {@code CATEGORY_PROMOTIONS}), which is what the domain reads. User labels keep their names. Stateless.
 */
final class TakeoutLabels {

    private static final Map<String, String> SYSTEM_LABELS = Map.ofEntries(
            Map.entry("inbox", "INBOX"), Map.entry("sent", "SENT"), Map.entry("drafts", "DRAFT"),
            Map.entry("draft", "DRAFT"), Map.entry("spam", "SPAM"), Map.entry("trash", "TRASH"),
            Map.entry("starred", "STARRED"), Map.entry("important", "IMPORTANT"), Map.entry("unread", "UNREAD"),
            Map.entry("chat", "CHAT"), Map.entry("category personal", "CATEGORY_PERSONAL"),
            Map.entry("category social", "CATEGORY_SOCIAL"), Map.entry("category promotions", "CATEGORY_PROMOTIONS"),
            Map.entry("category updates", "CATEGORY_UPDATES"), Map.entry("category forums", "CATEGORY_FORUMS"));

    private TakeoutLabels() {
    }

    static Set<String> parse(List<String> rawValues, Problems problems) {
        Set<String> labels = new LinkedHashSet<>();
        for (String raw : rawValues) {
            for (String name : split(HeaderText.decode("X-Gmail-Labels", raw, problems))) {
                String label = name.strip();
                if (!label.isEmpty()) {
                    labels.add(SYSTEM_LABELS.getOrDefault(label.toLowerCase(Locale.ROOT), label));
                }
            }
        }
        return labels;
    }

    private static List<String> split(String value) {
        List<String> names = new java.util.ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < value.length()) {
                name.append(value.charAt(++i));
            } else if (c == ',' && !quoted) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return names;
    }
}
