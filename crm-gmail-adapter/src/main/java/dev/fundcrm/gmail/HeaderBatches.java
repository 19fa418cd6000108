package dev.fundcrm.gmail;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.Message;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MessageRef;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads messages' headers with {@code messages.get(format=metadata)} in Gmail batches of the configured size,
 * one batch at a time per call (so one in flight per mailbox), the results in the order of the refs.
 *
 * <p>Inner calls answered 429 or a rate-limit 403, and the calls of a batch whose connection broke, are sent
 * again in a later batch (the client library does not re-send them); 404 is {@link FetchedMessage.Vanished};
 * other failures of one message are tried again up to the retry policy's attempts and then make that message
 * {@link FetchedMessage.Unparseable}, if other messages were read meanwhile. When none were, or when rounds
 * go by in which nothing could be read, Gmail is failing as a whole: the call fails, to be retried later, and no
 * message is quarantined for it. Thread-safe: each call keeps its own state.
 */
final class HeaderBatches {

    /** The headers the parser reads at HEADERS detail (see {@code GmailMessageParser}). */
    static final List<String> METADATA_HEADERS = List.of("From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Date",
            "Message-ID", "In-Reply-To", "References", "Auto-Submitted", "Precedence", "List-Id", "List-Unsubscribe",
            "X-Autoreply", "X-Autorespond", "Content-Type");
    private static final String SCOPE = GmailScopes.GMAIL_READONLY;
    private static final String ACTION = "reading message headers";

    private final DelegatedGmail gmail;
    private final BiFunction<MessageRef, Message, FetchedMessage> headersOf;

    HeaderBatches(DelegatedGmail gmail, BiFunction<MessageRef, Message, FetchedMessage> headersOf) {
        this.gmail = gmail;
        this.headersOf = headersOf;
    }

    List<FetchedMessage> fetch(String user, List<MessageRef> refs) throws GmailFailure {
        return new Fetch(user, refs).run();
    }

    /** One call's progress: a result per ref once read, the refs still to read, failures per ref. */
    private final class Fetch {
        private final String user;
        private final List<MessageRef> refs;
        private final FetchedMessage[] results;
        private final int[] failures;
        private final int[] readsBeforeFailing;
        private int reads;
        private final Deque<Integer> pending = new ArrayDeque<>();
        private final GmailCalls calls = gmail.calls();
        private int roundsWithoutProgress;

        Fetch(String user, List<MessageRef> refs) {
            this.user = user;
            this.refs = List.copyOf(refs);
            this.results = new FetchedMessage[refs.size()];
            this.failures = new int[refs.size()];
            this.readsBeforeFailing = new int[refs.size()];
            for (int index = 0; index < refs.size(); index++) {
                pending.add(index);
            }
        }

        List<FetchedMessage> run() throws GmailFailure {
            while (!pending.isEmpty()) {
                List<Integer> chunk = new ArrayList<>();
                while (!pending.isEmpty() && chunk.size() < gmail.settings().batchSize()) {
                    chunk.add(pending.removeFirst());
                }
                round(chunk);
            }
            return Arrays.asList(results);
        }

        private void round(List<Integer> chunk) throws GmailFailure {
            Map<Integer, Object> answers = new HashMap<>();
            GmailFailure batchFailure = null;
            calls.acquire(user, chunk.size(), chunk.size() * gmail.settings().costs().messagesGet());
            try {
                send(chunk, answers);
            } catch (IOException | RuntimeException e) {
                batchFailure = calls.noted(user, chunk.size(), calls.describe(e, user, SCOPE));
                if (!batchFailure.retryable()) {
                    throw batchFailure.during(ACTION);
                }
            }
            settle(chunk, answers, batchFailure);
        }

        private void send(List<Integer> chunk, Map<Integer, Object> answers) throws IOException {
            Gmail client = gmail.client(user, SCOPE);
            BatchRequest batch = client.batch(gmail.timeouts());
            for (int index : chunk) {
                MessageRef ref = refs.get(index);
                client.users().messages().get("me", ref.messageId().value()).setFormat("metadata")
                        .setMetadataHeaders(METADATA_HEADERS).queue(batch, new JsonBatchCallback<Message>() {
                            @Override
                            public void onSuccess(Message message, HttpHeaders headers) {
                                answers.put(index, headersOf.apply(ref, message));
                            }

                            @Override
                            public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                                GmailFailure failure = calls.noted(user, 1, calls.describe(error, headers, user, SCOPE));
                                answers.put(index, failure.kind() == GmailFailure.Kind.NOT_FOUND
                                        ? new FetchedMessage.Vanished(ref) : failure);
                            }
                        });
            }
            batch.execute();
        }

        private void settle(List<Integer> chunk, Map<Integer, Object> answers, GmailFailure batchFailure)
                throws GmailFailure {
            int readsBeforeRound = reads;
            boolean progress = false;
            for (int index : chunk) {
                if (answers.get(index) instanceof FetchedMessage) {
                    progress = true;
                    reads++;
                }
            }
            List<Integer> again = new ArrayList<>();
            GmailFailure last = batchFailure;
            for (int index : chunk) {
                Object answer = answers.get(index);
                if (answer instanceof FetchedMessage fetched) {
                    results[index] = fetched;
                    continue;
                }
                GmailFailure failure = answer instanceof GmailFailure own ? own : batchFailure != null ? batchFailure
                        : GmailFailure.of(GmailFailure.Kind.TEMPORARY, "Gmail's batch answer left the message out");
                if (failure.kind() == GmailFailure.Kind.PERMISSION) {
                    throw failure;
                }
                last = failure;
                if (answer == null || failure.kind() == GmailFailure.Kind.RATE_LIMITED) {
                    again.add(index);
                } else if (!failure.retryable()) {
                    results[index] = unparseable(refs.get(index), failure, 1);
                } else if (giveUp(index, failure, readsBeforeRound)) {
                    results[index] = unparseable(refs.get(index), failure, failures[index]);
                } else {
                    again.add(index);
                }
            }
            for (int position = again.size() - 1; position >= 0; position--) {
                pending.addFirst(again.get(position));
            }
            if (again.isEmpty()) {
                roundsWithoutProgress = 0;
                return;
            }
            roundsWithoutProgress = progress ? 0 : roundsWithoutProgress + 1;
            if (roundsWithoutProgress > 0 && !calls.allowsAnother(roundsWithoutProgress)) {
                throw last.during(ACTION + " (" + roundsWithoutProgress + " attempts)");
            }
            calls.retried(user, again.size());
            calls.pause(Math.max(1, roundsWithoutProgress), last);
        }

        /**
         * Whether a message that failed on its own has had its attempts. It is then given up on only if other
         * messages were read since it first failed (Gmail works; this message is the trouble); if none were, Gmail
         * is failing as a whole and the call fails, to be retried later, rather than quarantine the message.
         */
        private boolean giveUp(int index, GmailFailure failure, int readsBeforeRound) throws GmailFailure {
            if (failures[index]++ == 0) {
                readsBeforeFailing[index] = readsBeforeRound;
            }
            if (calls.allowsAnother(failures[index])) {
                return false;
            }
            if (reads > readsBeforeFailing[index]) {
                return true;
            }
            throw failure.during(ACTION + " (" + failures[index] + " attempts)");
        }
    }

    private static FetchedMessage unparseable(MessageRef ref, GmailFailure failure, int attempts) {
        return new FetchedMessage.Unparseable(ref, failure.getMessage() + " for this message"
                + (attempts > 1 ? " " + attempts + " times" : ""), "");
    }
}
