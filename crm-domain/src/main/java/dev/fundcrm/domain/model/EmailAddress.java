package dev.fundcrm.domain.model;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An email address (an RFC 5322 addr-spec, with RFC 6531 UTF-8 local parts), parsed and validated.
 *
 * <p>Three spellings matter: {@link #value()} is the address as written (trimmed), kept for display;
 * {@link #canonical()} lower-cases it and writes the domain in ASCII (punycode), and is what
 * {@link #equals} compares, so {@code Jane@Acme.com} equals {@code jane@acme.com}; {@link #normalized()}
 * additionally drops a plus tag and, for gmail.com/googlemail.com, the dots of the local part: it is the key
 * for matching people, so {@code j.ane+lp@googlemail.com} matches {@code jane@gmail.com}.
 *
 * <p>Immutable and thread-safe. Never null in the domain's types; absent addresses are absent list entries.
 */
public final class EmailAddress {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Set<String> GMAIL_DOMAINS = Set.of("gmail.com", "googlemail.com");
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private final String value;
    private final String localPart;
    private final String domain;
    private final String canonical;
    private final String normalized;

    private EmailAddress(String value, String localPart, String domain) {
        this.value = value;
        this.localPart = localPart;
        this.domain = domain;
        this.canonical = localPart.toLowerCase(Locale.ROOT) + "@" + domain;
        this.normalized = normalize(localPart, domain);
    }

    /**
     * Parses an address such as {@code jane.doe+lp@acme.com}.
     *
     * @throws IllegalArgumentException naming the address and what is wrong with it
     */
    public static EmailAddress of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("invalid email address: null");
        }
        String value = text.strip();
        if (value.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid(text, "it is longer than " + MAX_LENGTH + " characters");
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            throw invalid(text, "it has no '@'");
        }
        String local = value.substring(0, at);
        String domainPart = value.substring(at + 1);
        checkLocalPart(text, local);
        return new EmailAddress(value, local, asciiDomain(text, domainPart));
    }

    /** Whether {@code text} parses as an address. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The address as written, trimmed. */
    public String value() {
        return value;
    }

    /** The local part as written. */
    public String localPart() {
        return localPart;
    }

    /** The domain, lower-case, in ASCII (punycode for an internationalized domain). */
    public String domain() {
        return domain;
    }

    /** The domain in Unicode, for display. */
    public String unicodeDomain() {
        return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
    }

    /** Lower-cased local part at the ASCII domain: the identity of this address. */
    public String canonical() {
        return canonical;
    }

    /** The key for matching a person: canonical, without plus tag, without gmail dots. */
    public String normalized() {
        return normalized;
    }

    /** Whether the two addresses reach the same person by the matching rules (plus tags, gmail dots). */
    public boolean sameMailboxAs(EmailAddress other) {
        return normalized.equals(other.normalized);
    }

    /** Whether the address's domain is {@code other} or one of its subdomains; {@code other} in ASCII or Unicode. */
    public boolean isInDomain(String other) {
        return Domains.covers(Domains.ascii(other), domain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && canonical.equals(address.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String local, String domain) {
        String key = local.toLowerCase(Locale.ROOT);
        String site = domain;
        boolean quoted = key.startsWith("\"");
        if (!quoted) {
            int plus = key.indexOf('+');
            if (plus > 0) {
                key = key.substring(0, plus);
            }
            if (GMAIL_DOMAINS.contains(domain)) {
                key = key.replace(".", "");
                site = "gmail.com";
            }
        }
        return key + "@" + site;
    }

    private static void checkLocalPart(String text, String local) {
        if (local.isEmpty()) {
            throw invalid(text, "the part before '@' is empty");
        }
        // RFC 6531 keeps RFC 5321's limit in octets, so a UTF-8 local part counts its encoded bytes.
        if (local.getBytes(StandardCharsets.UTF_8).length > MAX_LOCAL_LENGTH) {
            throw invalid(text, "the part before '@' is longer than " + MAX_LOCAL_LENGTH + " octets");
        }
        if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
            checkQuoted(text, local.substring(1, local.length() - 1));
            return;
        }
        if (local.startsWith(".") || local.endsWith(".")) {
            throw invalid(text, "the part before '@' starts or ends with a dot");
        }
        if (local.contains("..")) {
            throw invalid(text, "the part before '@' has two dots in a row");
        }
        if (local.indexOf('@') >= 0) {
            throw invalid(text, "it has more than one '@' (quote the local part to use one in it)");
        }
        for (int i = 0; i < local.length(); i += Character.charCount(local.codePointAt(i))) {
            int c = local.codePointAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || ATEXT_SPECIALS.indexOf(c) >= 0 || (c > 127 && isVisibleNonAscii(c));
            if (!allowed) {
                throw invalid(text, "the part before '@' contains " + describe(c)
                        + " (quote the local part to use it)");
            }
        }
    }

    // RFC 6531 allows any UTF-8 beyond ASCII (combining marks, letters outside the BMP); we still refuse
    // the invisible ones, which only serve to make two addresses look alike.
    private static boolean isVisibleNonAscii(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    private static void checkQuoted(String text, String inner) {
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
                if (i == inner.length()) {
                    throw invalid(text, "the quoted local part ends with a lone backslash");
                }
                c = inner.charAt(i);
            } else if (c == '"') {
                throw invalid(text, "the quoted local part has an unescaped quote");
            }
            if (c < 0x20 || c == 0x7f) {
                throw invalid(text, "the quoted local part contains " + describe(c));
            }
        }
    }

    private static String asciiDomain(String text, String domainPart) {
        if (domainPart.isEmpty()) {
            throw invalid(text, "the domain after '@' is empty");
        }
        if (domainPart.startsWith("[")) {
            throw invalid(text, "address literals such as [192.0.2.1] are not accepted");
        }
        // Domains.ascii strips white space, which would let "jane@ acme.com" through.
        for (int i = 0; i < domainPart.length(); i++) {
            char c = domainPart.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw invalid(text, "the domain after '@' contains " + describe(c));
            }
        }
        String ascii;
        try {
            ascii = Domains.ascii(domainPart);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
        if (!ascii.contains(".")) {
            throw invalid(text, "the domain '" + domainPart + "' has no dot");
        }
        String topLevel = ascii.substring(ascii.lastIndexOf('.') + 1);
        if (topLevel.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(text, "the domain '" + domainPart + "' ends in a number, like an IP address"
                    + " (address literals are not accepted)");
        }
        return ascii;
    }

    private static String describe(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                ? String.format("the invisible character U+%04X", c)
                : "'" + Character.toString(c) + "'";
    }

    // The reason may quote the domain, so the whole message is cleaned: no line break reaches a log.
    private static IllegalArgumentException invalid(String text, String why) {
        String message = "invalid email address '" + Objects.toString(text) + "': " + why;
        return new IllegalArgumentException(message.replaceAll("[\\p{Cc}\\u2028\\u2029]", "?"));
    }
}
