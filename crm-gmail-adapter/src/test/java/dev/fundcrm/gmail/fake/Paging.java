package dev.fundcrm.gmail.fake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Gmail's page size (100 by default, at most 500) and opaque page tokens that name where a page stopped. */
final class Paging {

    /** A parameter Gmail would refuse with 400. */
    static final class BadParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadParameterException(String message) {
            super(message);
        }
    }

    private Paging() {
    }

    static int maxResults(ApiCall call) {
        String value = call.parameter("maxResults").orElse("100");
        try {
            int maxResults = Integer.parseInt(value);
            if (maxResults < 1) {
                throw new BadParameterException("Invalid maxResults: " + value);
            }
            return Math.min(maxResults, 500);
        } catch (NumberFormatException e) {
            throw new BadParameterException("Invalid value at 'max_results' (TYPE_UINT32), \"" + value + "\"");
        }
    }

    static String token(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a page token names, or empty for the first page. */
    static Optional<String> position(ApiCall call) {
        Optional<String> token = call.parameter("pageToken").filter(value -> !value.isEmpty());
        try {
            return token.map(value -> new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("Invalid pageToken");
        }
    }
}
