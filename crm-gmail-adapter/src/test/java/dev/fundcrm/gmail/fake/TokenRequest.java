package dev.fundcrm.gmail.fake;

import java.util.List;

/**
 * One request to the fake's token endpoint: who asked (the JWT's {@code iss}), for which audience
 * ({@code aud}), user ({@code sub}, null when the service account asked for itself) and scopes, and the HTTP
 * status of the answer ({@code 0} if a fault dropped the connection). Null fields: the assertion lacked them
 * or wasn't a JWT. Immutable.
 */
public record TokenRequest(String issuer, String audience, String user, List<String> scopes, int status) {

    public TokenRequest {
        scopes = List.copyOf(scopes);
    }

    public boolean granted() {
        return status == 200;
    }
}
