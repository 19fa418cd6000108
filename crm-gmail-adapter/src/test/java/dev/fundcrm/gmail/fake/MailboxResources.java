package dev.fundcrm.gmail.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reading side of Gmail: profile, messages.list, messages.get, attachments.get and history.list. */
final class MailboxResources {

    private final Clock clock;

    MailboxResources(Clock clock) {
        this.clock = clock;
    }

    ApiResponse profile(FakeMailbox mailbox) {
        JsonObject profile = new JsonObject();
        profile.addProperty("emailAddress", mailbox.address());
        profile.addProperty("messagesTotal", mailbox.messages().size());
        profile.addProperty("threadsTotal", mailbox.threadCount());
        profile.addProperty("historyId", String.valueOf(mailbox.historyId()));
        return ApiResponse.json(200, profile);
    }

    ApiResponse list(Preparation.Ready ready) {
        if (ready.metadataOnly() && ready.call().parameter("q").isPresent()) {
            return GoogleErrors.forbidden("Metadata scope does not support 'q' parameter");
        }
        return MessageListing.answer(ready.call(), ready.mailbox(), clock.instant());
    }

    ApiResponse history(Preparation.Ready ready) {
        return HistoryListing.answer(ready.call(), ready.mailbox());
    }

    ApiResponse get(Preparation.Ready ready) {
        String format = ready.call().parameter("format").orElse("full").toLowerCase(Locale.ROOT);
        if (!List.of("full", "metadata", "minimal", "raw").contains(format)) {
            return GoogleErrors.badRequest("Invalid value at 'format' (type.googleapis.com/"
                    + "gmail.v1.GetMessageRequest.Format), \"" + format + "\"");
        }
        if (ready.metadataOnly() && (format.equals("full") || format.equals("raw"))) {
            return GoogleErrors.forbidden("Metadata scope doesn't allow format " + format.toUpperCase(Locale.ROOT));
        }
        Optional<StoredMessage> found = ready.mailbox().message(ready.pathParameters().get(0));
        if (found.isEmpty()) {
            return GoogleErrors.notFound();
        }
        StoredMessage message = found.get();
        MessageView view = ready.mailbox().view(message);
        JsonObject json = new JsonObject();
        json.addProperty("id", message.id());
        json.addProperty("threadId", message.threadId());
        json.add("labelIds", strings(message.labelIds()));
        json.addProperty("snippet", view.snippet());
        if (format.equals("full")) {
            json.add("payload", view.fullPayload());
        } else if (format.equals("metadata")) {
            json.add("payload", view.metadataPayload(ready.call().parameters("metadataHeaders")));
        }
        json.addProperty("sizeEstimate", message.size());
        if (format.equals("raw")) {
            json.addProperty("raw", Base64.getUrlEncoder().encodeToString(message.raw()));
        }
        json.addProperty("historyId", String.valueOf(message.historyId()));
        json.addProperty("internalDate", String.valueOf(message.internalDate().toEpochMilli()));
        return ApiResponse.json(200, json);
    }

    ApiResponse attachment(Preparation.Ready ready) {
        String attachmentId = ready.pathParameters().get(1);
        Optional<byte[]> content = ready.mailbox().message(ready.pathParameters().get(0))
                .flatMap(message -> ready.mailbox().view(message).attachment(attachmentId));
        if (content.isEmpty()) {
            return GoogleErrors.notFound();
        }
        JsonObject body = PayloadParser.body(content.get());
        body.addProperty("attachmentId", attachmentId);
        return ApiResponse.json(200, body);
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static JsonObject reference(StoredMessage message, boolean withLabels) {
        JsonObject json = new JsonObject();
        json.addProperty("id", message.id());
        json.addProperty("threadId", message.threadId());
        if (withLabels) {
            json.add("labelIds", strings(message.labelIds()));
        }
        return json;
    }
}
