package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code messages.list}: the mailbox newest first, without spam and trash unless asked, filtered by
 * {@code labelIds} and by {@link SearchQuery}; a page token names the last message returned, so new mail
 * doesn't shift later pages.
 */
final class MessageListing {

    private MessageListing() {
    }

    static ApiResponse answer(ApiCall call, FakeMailbox mailbox, Instant now) {
        SearchQuery query;
        int maxResults;
        Optional<String> after;
        try {
            query = SearchQuery.parse(call.parameter("q").orElse(""), now, mailbox.address());
            maxResults = Paging.maxResults(call);
            after = Paging.position(call);
        } catch (IllegalArgumentException e) {
            return GoogleErrors.badRequest(e.getMessage());
        }
        boolean spamAndTrash = call.parameter("includeSpamTrash").map(Boolean::parseBoolean).orElse(false)
                || query.searchesSpamOrTrash();
        List<String> labelIds = call.parameters("labelIds");
        List<StoredMessage> matching = mailbox.messages().stream()
                .filter(message -> spamAndTrash || !(message.hasLabel("SPAM") || message.hasLabel("TRASH")))
                .filter(message -> labelIds.stream().allMatch(message::hasLabel))
                .filter(message -> query.matches(message, mailbox.view(message)))
                .toList();
        int start;
        try {
            start = after.map(position -> firstAfter(matching, position)).orElse(0);
        } catch (IllegalArgumentException e) {
            return GoogleErrors.badRequest("Invalid pageToken");
        }
        List<StoredMessage> page = matching.subList(start, Math.min(matching.size(), start + maxResults));
        JsonObject json = new JsonObject();
        if (!page.isEmpty()) {
            JsonArray messages = new JsonArray();
            page.forEach(message -> messages.add(MailboxResources.reference(message, false)));
            json.add("messages", messages);
        }
        if (start + page.size() < matching.size()) {
            json.addProperty("nextPageToken", Paging.token(position(page.get(page.size() - 1))));
        }
        json.addProperty("resultSizeEstimate", matching.size());
        return ApiResponse.json(200, json);
    }

    private static String position(StoredMessage message) {
        return message.internalDate().toEpochMilli() + ":" + message.id();
    }

    private static int firstAfter(List<StoredMessage> newestFirst, String position) {
        String[] parts = position.split(":", 2);
        if (parts.length != 2) {
            throw new Paging.BadParameterException("Invalid pageToken");
        }
        long millis = Long.parseLong(parts[0]);
        for (int index = 0; index < newestFirst.size(); index++) {
            StoredMessage message = newestFirst.get(index);
            long date = message.internalDate().toEpochMilli();
            if (date < millis || (date == millis && message.id().compareTo(parts[1]) < 0)) {
                return index;
            }
        }
        return newestFirst.size();
    }
}
