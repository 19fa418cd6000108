package dev.fundcrm.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.bench.GrownFund;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One route under load: its name in the table and the paths wrk takes in turn (a contact, organization, mailbox or
 * deep cursor per request, as reviewers would spread them).
 */
record BenchTarget(String name, List<String> paths) {

    private static final String QUEUE = "/api/proposals?limit=50";

    BenchTarget {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no paths for " + name);
        }
    }

    static List<BenchTarget> all(Stores stores, GrownFund fund) {
        return List.of(
                new BenchTarget("queue, first page", List.of(QUEUE)),
                new BenchTarget("queue, deep page (cursor)", deepCursors(stores).stream()
                        .map(cursor -> QUEUE + "&cursor=" + encode(cursor)).toList()),
                new BenchTarget("queue, organization filter", fund.organizations().stream()
                        .map(organization -> QUEUE + "&organization=" + organization).toList()),
                new BenchTarget("queue, mailbox filter", fund.mailboxes().stream()
                        .map(mailbox -> QUEUE + "&mailbox=" + encode(mailbox.toString())).toList()),
                new BenchTarget("queue, mailbox that saw none of it",
                        List.of(QUEUE + "&mailbox=" + encode("assistant@fund.example"))),
                new BenchTarget("contact timeline", fund.contacts().stream()
                        .map(contact -> "/api/contacts/" + contact + "/timeline?limit=50").toList()));
    }

    /** Asks for the first path once: it must answer 200; returns a short description of the answer. */
    String check(String baseUrl, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + paths.get(0)))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": " + paths.get(0) + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode body = new ObjectMapper().readTree(response.body());
        List<String> sizes = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                sizes.add(field.getValue().size() + " " + field.getKey());
            }
        });
        return "200, " + String.join(", ", sizes) + ", " + response.body().length() + " bytes";
    }

    /** Cursors into the second half of the queue, found by paging through all of it (as the store benchmark does). */
    private static List<String> deepCursors(Stores stores) {
        List<String> cursors = new ArrayList<>();
        String cursor = "";
        do {
            Page<Proposal> page = stores.proposals()
                    .pending(PendingQuery.firstPage(PendingQuery.MAX_LIMIT).after(cursor));
            cursor = page.nextCursor();
            if (!cursor.isEmpty()) {
                cursors.add(cursor);
            }
        } while (!cursor.isEmpty());
        return cursors.subList(cursors.size() / 2, cursors.size());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
