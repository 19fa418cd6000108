package dev.fundcrm.gmail;

import com.google.api.services.gmail.GmailScopes;
import com.google.api.services.gmail.model.Draft;
import com.google.api.services.gmail.model.Message;
import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.gmail.GmailCalls.Call;
import dev.fundcrm.gmail.GmailCalls.Repeat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reply drafts in a team member's Gmail ({@code drafts.create}, scope {@code gmail.compose}), in the original's
 * thread: Gmail files a draft there only if it names the thread, says In-Reply-To/References of a message in
 * it, and keeps its subject. Nothing here sends; a human reviews and sends from Gmail. A create that may have
 * reached Gmail is not sent again (it could make a second draft); one refused for quota is. Thread-safe.
 */
public final class GmailDrafts implements Drafts {

    private static final Logger LOG = LoggerFactory.getLogger(GmailDrafts.class);
    private static final String SCOPE = GmailScopes.GMAIL_COMPOSE;
    /** What Gmail's API thread ids look like: hex digits (the decimal X-GM-THRID, in hex). */
    private static final Pattern GMAIL_ID = Pattern.compile("[0-9a-f]{1,32}");

    private final DelegatedGmail gmail;

    public GmailDrafts(DelegatedGmail gmail) {
        this.gmail = gmail;
    }

    @Override
    public DraftRef create(ReplyDraft draft) {
        String user = draft.mailbox().address().canonical();
        byte[] raw;
        try {
            raw = GmailMime.reply(draft, gmail.clock().instant());
        } catch (IllegalArgumentException e) {
            throw new DraftException("the reply draft for " + user + " was refused: " + e.getMessage());
        }
        String thread = draft.threadId().value();
        Message message = new Message().encodeRaw(raw);
        if (GMAIL_ID.matcher(thread).matches()) {
            message.setThreadId(thread);
        } else {
            // An import without X-GM-THRID made up this thread id; Gmail refuses ids it did not issue, and
            // threads the draft by its In-Reply-To, References and subject instead.
            LOG.info("draft for {}: thread {} is not a Gmail id, so Gmail threads the reply by its headers", user,
                    thread);
        }
        Draft request = new Draft().setMessage(message);
        Call call = new Call(user, SCOPE, gmail.settings().costs().draftsCreate(), "creating a draft for " + user,
                Repeat.UNLESS_IT_MAY_HAVE_RUN);
        Draft created;
        try {
            created = gmail.calls().execute(call,
                    () -> gmail.client(user, SCOPE).users().drafts().create("me", request).execute());
        } catch (GmailFailure failure) {
            LOG.warn("no draft for {}: {}", user, failure.getMessage());
            throw new DraftException(failure.getMessage());
        }
        String filed = created.getMessage() == null || created.getMessage().getThreadId() == null ? thread
                : created.getMessage().getThreadId();
        if (message.getThreadId() != null && !filed.equals(thread)) {
            LOG.warn("Gmail filed draft {} of {} in thread {}, not in the original's thread {}", created.getId(), user,
                    filed, thread);
        }
        return new DraftRef(created.getId(), new GmailThreadId(filed));
    }
}
