package dev.fundcrm.gmail.fake;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gmail's batch endpoint ({@code POST {rootUrl}batch}): a {@code multipart/mixed} body of
 * {@code application/http} parts, each an HTTP request with an absolute URL, answered by a
 * {@code multipart/mixed} body with one {@code application/http} part per request, in order. An inner request
 * without its own {@code Authorization} uses the outer one. More than 100 inner requests get 400.
 */
final class BatchEndpoint {

    static final int MAX_CALLS = 100;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");

    private final GmailApi api;

    BatchEndpoint(GmailApi api) {
        this.api = api;
    }

    ApiResponse answer(ApiCall batch) {
        Matcher boundary = BOUNDARY.matcher(batch.header("Content-Type").orElse(""));
        if (!boundary.find()) {
            return GoogleErrors.badRequest("Batch request must be multipart/mixed with a boundary");
        }
        List<ApiCall> calls = new ArrayList<>();
        for (String part : parts(new String(batch.body(), StandardCharsets.ISO_8859_1), boundary.group(1))) {
            ApiCall inner = innerCall(part, batch);
            if (inner == null) {
                return GoogleErrors.badRequest("Failed to parse batch request: a part is no HTTP request");
            }
            calls.add(inner);
        }
        if (calls.isEmpty()) {
            return GoogleErrors.badRequest("Failed to parse batch request: no parts");
        }
        if (calls.size() > MAX_CALLS) {
            return GoogleErrors.badRequest("Too many requests in batch: " + calls.size() + " (the limit is "
                    + MAX_CALLS + ")");
        }
        List<ApiResponse> responses = api.serveAll(calls);
        if (responses.stream().anyMatch(ApiResponse::resetsConnection)) {
            return ApiResponse.connectionReset();
        }
        return multipart(responses);
    }

    private static List<String> parts(String body, String boundary) {
        List<String> parts = new ArrayList<>();
        String delimiter = "--" + boundary;
        int at = body.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (body.startsWith("--", start)) {
                break;
            }
            int next = body.indexOf("\r\n" + delimiter, start);
            int end = next < 0 ? body.length() : next;
            parts.add(body.substring(skipLineBreak(body, start), end));
            at = next < 0 ? -1 : next + 2;
        }
        return parts;
    }

    private static ApiCall innerCall(String part, ApiCall batch) {
        String[] partAndRequest = part.split("\r\n\r\n", 2);
        if (partAndRequest.length < 2) {
            return null;
        }
        String[] headAndBody = partAndRequest[1].split("\r\n\r\n", 2);
        String[] lines = headAndBody[0].split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int index = 1; index < lines.length; index++) {
            String[] header = lines[index].split(":", 2);
            if (header.length == 2) {
                headers.computeIfAbsent(header[0].strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(header[1].strip());
            }
        }
        batch.header("Authorization").ifPresent(outer -> headers.putIfAbsent("authorization", List.of(outer)));
        byte[] body = headAndBody.length < 2 ? new byte[0] : headAndBody[1].getBytes(StandardCharsets.ISO_8859_1);
        try {
            URI uri = new URI(requestLine[1]);
            return new ApiCall(requestLine[0], uri.getRawPath(), ApiCall.parseQuery(uri.getRawQuery()), headers,
                    HttpFront.decoded(body, headers.getOrDefault("content-encoding", List.of())));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static ApiResponse multipart(List<ApiResponse> responses) {
        String boundary = "batch_" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int index = 0; index < responses.size(); index++) {
            ApiResponse response = responses.get(index);
            StringBuilder head = new StringBuilder()
                    .append("--").append(boundary).append("\r\n")
                    .append("Content-Type: application/http\r\n")
                    .append("Content-ID: <response-").append(index + 1).append(">\r\n\r\n")
                    .append("HTTP/1.1 ").append(response.status()).append(' ').append(HttpFront.reason(response.status()))
                    .append("\r\n");
            response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(response.body().length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(response.body());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new ApiResponse(200, Map.of("Content-Type", "multipart/mixed; boundary=" + boundary),
                out.toByteArray(), false);
    }

    private static int skipLineBreak(String body, int index) {
        return body.startsWith("\r\n", index) ? index + 2 : index;
    }
}
