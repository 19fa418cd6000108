package dev.fundcrm.app;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.port.out.CaptureException;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.List;

/**
 * Gmail's place when {@code CRM_GOOGLE_CREDENTIALS} is not set: the app still starts (the review queue, the
 * contacts and an imported mbox all work), and a sync or a draft says what to configure. Stateless.
 */
final class NoGmail implements MailboxSource, Drafts {

    static final String WHY = "Gmail is not configured: set CRM_GOOGLE_CREDENTIALS (docs/gmail-setup.md)";

    @Override
    public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        throw new CaptureException(CaptureException.Kind.PERMISSION, WHY);
    }

    @Override
    public ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
        throw new CaptureException(CaptureException.Kind.PERMISSION, WHY);
    }

    @Override
    public List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
        throw new CaptureException(CaptureException.Kind.PERMISSION, WHY);
    }

    @Override
    public FetchedMessage fetchFull(MessageRef ref) {
        throw new CaptureException(CaptureException.Kind.PERMISSION, WHY);
    }

    @Override
    public DraftRef create(ReplyDraft draft) {
        throw DraftException.notConfigured(WHY);
    }
}
