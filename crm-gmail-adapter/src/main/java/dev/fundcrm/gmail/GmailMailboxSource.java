package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.Profile;
import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.gmail.GmailCalls.Call;
import dev.fundcrm.gmail.GmailCalls.Repeat;
import dev.fundcrm.gmail.parse.GmailMessageParser;
import dev.fundcrm.gmail.parse.ParseOutcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team member's Gmail as a {@link MailboxSource}, read with scope {@code gmail.readonly} through domain-wide
 * delegation. A first sync reads the profile's history id, then lists the backfill query page by page (the
 * checkpoint holds the page reached, so a restart resumes there); later syncs follow {@code history.list} from
 * that history id. Headers are read in batches ({@link HeaderBatches}), a message in full only when asked. Drafts
 * are never listed: a draft is no mail that happened; mail the member sent is. See {@link GmailCheckpoint}.
 *
 * <p>Thread-safe; one mailbox is synced by one caller at a time, so at most one batch per mailbox is in flight.
 */
public final class GmailMailboxSource implements MailboxSource {

    private static final Logger LOG = LoggerFactory.getLogger(GmailMailboxSource.class);
    private static final String SCOPE = GmailScopes.GMAIL_READONLY;
    /** Labels of what a sync leaves out: the backfill query's {@code -in:chats -in:spam -in:trash}, and drafts. */
    private static final Set<String> LEFT_OUT = Set.of("DRAFT", "SPAM", "TRASH", "CHAT");
    private static final int MAX_GMAIL_PAGE = 500;

    private final DelegatedGmail gmail;
    private final GmailCalls calls;
    private final GmailMessageParser parser = new GmailMessageParser();
    private final HeaderBatches headers;

    public GmailMailboxSource(DelegatedGmail gmail) {
        this.gmail = gmail;
        this.calls = gmail.calls();
        this.headers = new HeaderBatches(gmail, (ref, message) -> read(ref, message, ParsedMessage.Detail.HEADERS));
    }

    @Override
    public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        String user = user(mailbox);
        GmailCheckpoint at;
        try {
            at = GmailCheckpoint.parse(since);
        } catch (IllegalArgumentException e) {
            throw new CaptureException(CaptureException.Kind.HISTORY_EXPIRED, "the stored checkpoint of " + user
                    + " is not Gmail's: starting a full sync");
        }
        try {
            if (at instanceof GmailCheckpoint.History history) {
                return historyPage(mailbox, history, pageSize);
            }
            if (at instanceof GmailCheckpoint.Listing listing) {
                return listingPage(mailbox, listing.historyId(), listing.estimatedTotal(), listing.pageToken(),
                        pageSize);
            }
            Profile profile = calls.execute(read(user, gmail.settings().costs().getProfile(), "reading the profile"),
                    () -> gmail.client(user, SCOPE).users().getProfile("me").execute());
            long total = profile.getMessagesTotal() == null ? -1 : profile.getMessagesTotal();
            return listingPage(mailbox, profile.getHistoryId(), total, null, pageSize);
        } catch (GmailFailure failure) {
            throw captureFailure(user, failure);
        }
    }

    private ChangePage listingPage(Mailbox mailbox, BigInteger historyId, long total, String pageToken, int pageSize)
            throws GmailFailure {
        String user = user(mailbox);
        if (historyId == null) {
            throw GmailFailure.of(GmailFailure.Kind.TEMPORARY, "Gmail's profile of " + user + " held no history id");
        }
        ListMessagesResponse response;
        try {
            response = calls.execute(read(user, gmail.settings().costs().messagesList(), "listing the mail"),
                    () -> gmail.client(user, SCOPE).users().messages().list("me").setQ(backfillQuery())
                            .setMaxResults((long) Math.min(pageSize, gmail.settings().listPageSize()))
                            .setPageToken(pageToken).execute());
        } catch (GmailFailure failure) {
            if (pageToken != null && failure.kind() == GmailFailure.Kind.REFUSED) {
                throw new CaptureException(CaptureException.Kind.HISTORY_EXPIRED, "Gmail no longer takes the listing "
                        + "position stored for " + user + ": starting the full sync over");
            }
            throw failure;
        }
        List<MessageRef> refs = new ArrayList<>();
        if (response.getMessages() != null) {
            response.getMessages().forEach(message -> refs.add(ref(mailbox, message)));
        }
        String next = response.getNextPageToken();
        GmailCheckpoint checkpoint = next == null || next.isEmpty() ? new GmailCheckpoint.History(historyId, null)
                : new GmailCheckpoint.Listing(historyId, total, next);
        return new ChangePage(refs, checkpoint.checkpoint(), checkpoint instanceof GmailCheckpoint.Listing, total);
    }

    /**
     * {@code messages.list} with the search as {@code q}: the backfill query (its window and what it leaves out)
     * and one brace group, Gmail's OR, of {@code from:} {@code to:} {@code cc:} per address and per
     * {@code @domain}. Gmail matches these loosely (a domain term also matches a longer domain); triage sorts
     * that out. The cursor is Gmail's page token, nothing else.
     */
    @Override
    public ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
        String user = user(mailbox);
        String pageToken = since.isStart() ? null : since.value();
        try {
            ListMessagesResponse response = calls.execute(read(user, gmail.settings().costs().messagesList(),
                    "searching the mail"), () -> gmail.client(user, SCOPE).users().messages().list("me")
                    .setQ(searchQuery(search)).setMaxResults((long) Math.min(pageSize, gmail.settings().listPageSize()))
                    .setPageToken(pageToken).execute());
            List<MessageRef> refs = new ArrayList<>();
            if (response.getMessages() != null) {
                response.getMessages().forEach(message -> refs.add(ref(mailbox, message)));
            }
            String next = response.getNextPageToken();
            boolean more = next != null && !next.isEmpty();
            long estimate = response.getResultSizeEstimate() == null ? -1 : response.getResultSizeEstimate();
            return new ChangePage(refs, more ? new Checkpoint(next) : Checkpoint.START, more, estimate);
        } catch (GmailFailure failure) {
            throw captureFailure(user, failure);
        }
    }

    /** The backfill query narrowed to the search: {@code {from:a to:a cc:a from:@d ...} newer_than:...}. */
    String searchQuery(MailSearch search) {
        List<String> needles = new ArrayList<>();
        search.addresses().forEach(address -> needles.add(address.canonical()));
        search.domains().forEach(domain -> needles.add("@" + domain));
        StringBuilder group = new StringBuilder("{");
        for (String needle : needles) {
            for (String operator : List.of("from:", "to:", "cc:")) {
                group.append(group.length() > 1 ? " " : "").append(operator).append(needle);
            }
        }
        return group.append("} ").append(backfillQuery()).toString();
    }

    /**
     * One page of {@code history.list}. Its {@code maxResults} counts history records, not messages; a record
     * usually adds one message, but one that adds several can make a page a little longer than {@code pageSize}.
     */
    private ChangePage historyPage(Mailbox mailbox, GmailCheckpoint.History from, int pageSize) throws GmailFailure {
        String user = user(mailbox);
        ListHistoryResponse response;
        try {
            Call call = read(user, gmail.settings().costs().historyList(), "listing the mailbox's history");
            response = calls.execute(call, () -> gmail.client(user, SCOPE).users().history().list("me")
                    .setStartHistoryId(from.historyId()).setHistoryTypes(List.of("messageAdded"))
                    .setMaxResults((long) Math.min(pageSize, MAX_GMAIL_PAGE)).setPageToken(from.pageTokenOrNull())
                    .execute());
        } catch (GmailFailure failure) {
            if (failure.kind() == GmailFailure.Kind.NOT_FOUND) {
                throw new CaptureException(CaptureException.Kind.HISTORY_EXPIRED, "Gmail no longer keeps the history "
                        + "of " + user + " from " + from.historyId() + ": starting a full sync");
            }
            throw failure;
        }
        Map<String, MessageRef> added = new LinkedHashMap<>();
        for (History record : response.getHistory() == null ? List.<History>of() : response.getHistory()) {
            for (HistoryMessageAdded entry : record.getMessagesAdded() == null ? List.<HistoryMessageAdded>of()
                    : record.getMessagesAdded()) {
                Message message = entry.getMessage();
                if (message != null && message.getId() != null && !leftOut(message)) {
                    added.putIfAbsent(message.getId(), ref(mailbox, message));
                }
            }
        }
        String next = response.getNextPageToken();
        boolean more = next != null && !next.isEmpty();
        BigInteger reached = response.getHistoryId() == null ? from.historyId() : response.getHistoryId();
        GmailCheckpoint checkpoint = more ? new GmailCheckpoint.History(from.historyId(), next)
                : new GmailCheckpoint.History(reached, null);
        return new ChangePage(List.copyOf(added.values()), checkpoint.checkpoint(), more, -1);
    }

    @Override
    public List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        try {
            return headers.fetch(user(mailbox), refs);
        } catch (GmailFailure failure) {
            throw captureFailure(user(mailbox), failure);
        }
    }

    @Override
    public FetchedMessage fetchFull(MessageRef ref) {
        String user = user(ref.mailbox());
        try {
            Message message = calls.execute(read(user, gmail.settings().costs().messagesGet(), "reading a message"),
                    () -> gmail.client(user, SCOPE).users().messages().get("me", ref.messageId().value())
                            .setFormat("full").execute());
            return read(ref, message, ParsedMessage.Detail.FULL);
        } catch (GmailFailure failure) {
            if (failure.kind() == GmailFailure.Kind.NOT_FOUND) {
                return new FetchedMessage.Vanished(ref);
            }
            throw captureFailure(user, failure);
        }
    }

    /** A draft that slipped into a listing (labels change between list and get) is treated as not there. */
    private FetchedMessage read(MessageRef ref, Message message, ParsedMessage.Detail detail) {
        if (message.getLabelIds() != null && message.getLabelIds().contains("DRAFT")) {
            return new FetchedMessage.Vanished(ref);
        }
        ParseOutcome outcome = parser.parse(ref, message, detail);
        if (!outcome.problems().isEmpty()) {
            LOG.debug("message {} of {}: {}", ref.messageId(), ref.mailbox(), outcome.problems());
        }
        return outcome.fetched();
    }

    private String backfillQuery() {
        return (gmail.settings().backfillQuery() + " -in:drafts").strip();
    }

    private static boolean leftOut(Message message) {
        return message.getLabelIds() != null && message.getLabelIds().stream().anyMatch(LEFT_OUT::contains);
    }

    private static MessageRef ref(Mailbox mailbox, Message message) {
        return new MessageRef(mailbox, new GmailMessageId(message.getId()),
                new GmailThreadId(message.getThreadId() == null ? message.getId() : message.getThreadId()));
    }

    private static Call read(String user, int units, String action) {
        return new Call(user, SCOPE, units, action + " of " + user, Repeat.WHEN_RETRYABLE);
    }

    private static CaptureException captureFailure(String user, GmailFailure failure) {
        CaptureException.Kind kind = failure.kind() == GmailFailure.Kind.PERMISSION
                ? CaptureException.Kind.PERMISSION : CaptureException.Kind.TEMPORARY;
        LOG.warn("capture of {} failed: {}", user, failure.getMessage());
        return new CaptureException(kind, failure.getMessage());
    }

    private static String user(Mailbox mailbox) {
        return mailbox.address().canonical();
    }
}
