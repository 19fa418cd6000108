package dev.fundcrm.gmail.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Gmail's search syntax the fake understands: a conjunction of terms, each optionally negated
 * with {@code -}, and brace groups {@code {t1 t2 ...}}, Gmail's OR of the terms inside (not negated, not nested).
 * Anything else (free text, {@code OR}, parentheses, a negated or nested group) is rejected with
 * {@link UnsupportedQueryException}, so a test never passes on a query the fake silently misread.
 *
 * <ul>
 *   <li>{@code from:} {@code to:} {@code cc:} {@code bcc:} {@code deliveredto:} — a case-insensitive substring
 *       of the decoded header ({@code from:@fund.example}, {@code to:anna}); {@code me} means the mailbox;</li>
 *   <li>a bare {@code @domain} — any of From, To, Cc, Bcc;</li>
 *   <li>{@code subject:word} — a substring of the subject; {@code rfc822msgid:} — the Message-ID, brackets
 *       optional;</li>
 *   <li>{@code in:} {@code label:} {@code is:} {@code category:} — labels ({@code in:anywhere} includes spam
 *       and trash); {@code has:attachment};</li>
 *   <li>{@code newer_than:} / {@code older_than:} {@code N}d, m or y, against the fake's clock;
 *       {@code after:} / {@code before:} epoch seconds or {@code yyyy/mm/dd} (midnight Pacific time, as
 *       Gmail reads dates); after is inclusive, before exclusive.</li>
 * </ul>
 */
final class SearchQuery {

    /** A query term the fake doesn't emulate: answered 400 naming the fake. */
    static final class UnsupportedQueryException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnsupportedQueryException(String message) {
            super(message);
        }
    }

    private static final Pattern TERM = Pattern.compile("(-?)(?:([a-z_0-9]+):)?(\"[^\"]*\"|\\S+)");
    private static final Pattern GROUP = Pattern.compile("(-?)\\{([^{}]*)\\}");
    private static final Pattern RELATIVE = Pattern.compile("(\\d+)([dmy])");
    private static final ZoneId GMAIL_DATES = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("inbox", "INBOX"),
            Map.entry("sent", "SENT"), Map.entry("drafts", "DRAFT"), Map.entry("draft", "DRAFT"),
            Map.entry("spam", "SPAM"), Map.entry("trash", "TRASH"), Map.entry("chats", "CHAT"),
            Map.entry("chat", "CHAT"), Map.entry("unread", "UNREAD"), Map.entry("read", "UNREAD"),
            Map.entry("starred", "STARRED"), Map.entry("important", "IMPORTANT"));

    private record Term(boolean negated, BiPredicate<StoredMessage, MessageView> test) {
    }

    private final List<Term> terms;
    private final boolean searchesSpamOrTrash;

    private SearchQuery(List<Term> terms, boolean searchesSpamOrTrash) {
        this.terms = List.copyOf(terms);
        this.searchesSpamOrTrash = searchesSpamOrTrash;
    }

    static SearchQuery parse(String query, Instant now, String mailbox) {
        List<Term> terms = new ArrayList<>();
        String rest = query == null ? "" : query;
        Matcher groups = GROUP.matcher(rest);
        while (groups.find()) {
            if (!groups.group(1).isEmpty()) {
                throw new UnsupportedQueryException("the fake supports no negated brace group: " + query);
            }
            SearchQuery inner = parseTerms(groups.group(2), now, mailbox, query);
            terms.add(new Term(false, (message, view) -> inner.terms.stream()
                    .anyMatch(term -> term.test().test(message, view) != term.negated())));
        }
        SearchQuery outer = parseTerms(GROUP.matcher(rest).replaceAll(" "), now, mailbox, query);
        terms.addAll(outer.terms);
        return new SearchQuery(terms, outer.searchesSpamOrTrash);
    }

    private static SearchQuery parseTerms(String text, Instant now, String mailbox, String query) {
        List<Term> terms = new ArrayList<>();
        boolean spamOrTrash = false;
        Matcher matcher = TERM.matcher(text);
        while (matcher.find()) {
            boolean negated = !matcher.group(1).isEmpty();
            String key = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
            String value = matcher.group(3).replace("\"", "");
            if (value.equals("OR") || value.contains("{") || value.contains("}") || value.startsWith("(")
                    || value.equals("AROUND")) {
                throw new UnsupportedQueryException("the fake supports no OR, nested braces or parentheses: " + query);
            }
            if (!negated && (key.equals("in") || key.equals("label"))
                    && List.of("spam", "trash", "anywhere").contains(value.toLowerCase(Locale.ROOT))) {
                spamOrTrash = true;
            }
            terms.add(new Term(negated, test(key, value, now, mailbox)));
        }
        return new SearchQuery(terms, spamOrTrash);
    }

    boolean searchesSpamOrTrash() {
        return searchesSpamOrTrash;
    }

    boolean matches(StoredMessage message, MessageView view) {
        return terms.stream().allMatch(term -> term.test().test(message, view) != term.negated());
    }

    private static BiPredicate<StoredMessage, MessageView> test(String key, String value, Instant now, String me) {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "from", "to", "cc", "bcc", "deliveredto" -> headerContains(
                    key.equals("deliveredto") ? List.of("Delivered-To") : List.of(key), lower.equals("me") ? me : lower);
            case "subject" -> headerContains(List.of("Subject"), lower);
            case "rfc822msgid" -> (message, view) -> view.first("Message-ID").map(Threading::bare)
                    .filter(Threading.bare(value)::equals).isPresent();
            case "in", "label", "is", "category" -> label(key, lower);
            case "has" -> {
                if (!lower.equals("attachment")) {
                    throw new UnsupportedQueryException("the fake supports only has:attachment, not has:" + value);
                }
                yield (message, view) -> view.hasAttachment();
            }
            case "newer_than" -> (message, view) -> message.internalDate().isAfter(relative(value, now));
            case "older_than" -> (message, view) -> message.internalDate().isBefore(relative(value, now));
            case "after" -> (message, view) -> !message.internalDate().isBefore(absolute(value));
            case "before" -> (message, view) -> message.internalDate().isBefore(absolute(value));
            case "" -> {
                if (!value.startsWith("@")) {
                    throw new UnsupportedQueryException("the fake supports no free-text search: " + value);
                }
                yield headerContains(List.of("From", "To", "Cc", "Bcc"), lower);
            }
            default -> throw new UnsupportedQueryException("the fake doesn't know the search operator " + key + ":");
        };
    }

    private static BiPredicate<StoredMessage, MessageView> headerContains(List<String> headers, String needle) {
        return (message, view) -> headers.stream().flatMap(header -> view.values(header).stream())
                .anyMatch(valueOfHeader -> valueOfHeader.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static BiPredicate<StoredMessage, MessageView> label(String key, String value) {
        if (value.equals("anywhere")) {
            return (message, view) -> true;
        }
        String labelId = key.equals("category") ? "CATEGORY_" + value.toUpperCase(Locale.ROOT)
                : LABELS.getOrDefault(value, value);
        boolean read = key.equals("is") && value.equals("read");
        return (message, view) -> message.hasLabel(labelId) != read;
    }

    private static Instant relative(String value, Instant now) {
        Matcher matcher = RELATIVE.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new UnsupportedQueryException("the fake reads newer_than/older_than as N followed by d, m or y: "
                    + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        var time = now.atZone(ZoneOffset.UTC);
        return switch (matcher.group(2)) {
            case "d" -> time.minusDays(amount).toInstant();
            case "m" -> time.minusMonths(amount).toInstant();
            default -> time.minusYears(amount).toInstant();
        };
    }

    private static Instant absolute(String value) {
        if (value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        try {
            return LocalDate.parse(value.replace('-', '/'), DATE).atStartOfDay(GMAIL_DATES).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnsupportedQueryException("the fake reads after:/before: as epoch seconds or yyyy/mm/dd: "
                    + value);
        }
    }
}
