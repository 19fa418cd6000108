package dev.fundcrm.domain.model;

import java.net.IDN;
import java.util.Locale;

/** Domain-name helpers shared by addresses, organizations, the blocklist and the fund's own domains. */
public final class Domains {

    private Domains() {
    }

    /**
     * The domain lower-cased in ASCII (punycode), so that {@code Bücher.example} and
     * {@code xn--bcher-kva.example} compare equal.
     *
     * @throws IllegalArgumentException naming the domain and what is wrong with it
     */
    public static String ascii(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("the domain is empty");
        }
        String trimmed = domain.strip();
        if (trimmed.endsWith(".") || trimmed.startsWith(".")) {
            throw new IllegalArgumentException("the domain '" + trimmed + "' starts or ends with a dot");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the domain '" + trimmed + "' is not a valid domain name", e);
        }
        for (String label : ascii.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) {
                throw new IllegalArgumentException("the domain '" + trimmed + "' has an empty or over-long label");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw new IllegalArgumentException("the domain '" + trimmed + "' has a label starting or ending with '-'");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    throw new IllegalArgumentException("the domain '" + trimmed + "' contains '" + c + "'");
                }
            }
        }
        return ascii;
    }

    /** Whether {@code candidate} (ASCII) is {@code parent} (ASCII) or one of its subdomains. */
    public static boolean covers(String parent, String candidate) {
        return candidate.equals(parent) || candidate.endsWith("." + parent);
    }
}
