package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * {@code history.list}: the records after {@code startHistoryId}, oldest first, filtered by
 * {@code historyTypes} and {@code labelId}; 404 when the start is older than the history kept. A page token
 * names the last record returned.
 */
final class HistoryListing {

    private HistoryListing() {
    }

    static ApiResponse answer(ApiCall call, FakeMailbox mailbox) {
        long start;
        int maxResults;
        long afterId;
        try {
            start = Long.parseLong(call.parameter("startHistoryId")
                    .orElseThrow(() -> new Paging.BadParameterException("Missing startHistoryId")));
            maxResults = Paging.maxResults(call);
            afterId = Long.parseLong(Paging.position(call).orElse(String.valueOf(Long.MIN_VALUE)));
        } catch (NumberFormatException e) {
            return GoogleErrors.badRequest("Invalid startHistoryId");
        } catch (IllegalArgumentException e) {
            return GoogleErrors.badRequest(e.getMessage());
        }
        Optional<List<HistoryRecord>> records = mailbox.historyAfter(start);
        if (records.isEmpty()) {
            return GoogleErrors.notFound();
        }
        List<String> types = call.parameters("historyTypes");
        boolean added = types.isEmpty() || types.contains("messageAdded");
        boolean deleted = types.isEmpty() || types.contains("messageDeleted");
        Optional<String> labelId = call.parameter("labelId");
        List<HistoryRecord> matching = records.get().stream()
                .filter(record -> record.id() > afterId)
                .filter(record -> (added && !record.added().isEmpty()) || (deleted && !record.deleted().isEmpty()))
                .filter(record -> labelId.map(record::touches).orElse(true))
                .toList();
        List<HistoryRecord> page = matching.subList(0, Math.min(maxResults, matching.size()));
        JsonObject json = new JsonObject();
        if (!page.isEmpty()) {
            JsonArray history = new JsonArray();
            page.forEach(record -> history.add(json(record, added, deleted)));
            json.add("history", history);
        }
        if (page.size() < matching.size()) {
            json.addProperty("nextPageToken", Paging.token(String.valueOf(page.get(page.size() - 1).id())));
        }
        json.addProperty("historyId", String.valueOf(mailbox.historyId()));
        return ApiResponse.json(200, json);
    }

    private static JsonObject json(HistoryRecord record, boolean added, boolean deleted) {
        JsonObject json = new JsonObject();
        json.addProperty("id", String.valueOf(record.id()));
        JsonArray messages = new JsonArray();
        record.added().forEach(message -> messages.add(MailboxResources.reference(message, false)));
        record.deleted().forEach(message -> messages.add(MailboxResources.reference(message, false)));
        json.add("messages", messages);
        if (added && !record.added().isEmpty()) {
            json.add("messagesAdded", wrapped(record.added()));
        }
        if (deleted && !record.deleted().isEmpty()) {
            json.add("messagesDeleted", wrapped(record.deleted()));
        }
        return json;
    }

    private static JsonArray wrapped(List<StoredMessage> messages) {
        JsonArray array = new JsonArray();
        for (StoredMessage message : messages) {
            JsonObject entry = new JsonObject();
            entry.add("message", MailboxResources.reference(message, true));
            array.add(entry);
        }
        return array;
    }
}
