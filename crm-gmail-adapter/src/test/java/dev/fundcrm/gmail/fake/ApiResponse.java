package dev.fundcrm.gmail.fake;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake answers to one call: a status, headers and a body, or a connection closed without a word
 * ({@link #connectionReset()}).
 */
record ApiResponse(int status, Map<String, String> headers, byte[] body, boolean resetsConnection) {

    static final String JSON = "application/json; charset=UTF-8";

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, JsonElement json) {
        return of(status, JSON, json.toString());
    }

    static ApiResponse of(int status, String contentType, String body) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8),
                false);
    }

    static ApiResponse connectionReset() {
        return new ApiResponse(0, Map.of(), new byte[0], true);
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body, resetsConnection);
    }

    ApiResponse withBody(String text) {
        return new ApiResponse(status, headers, text.getBytes(StandardCharsets.UTF_8), resetsConnection);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }
}
