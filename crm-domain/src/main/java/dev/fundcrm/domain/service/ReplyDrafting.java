package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;

/** The reply-draft use case: compose by Gmail's rules, create the draft in the mailbox's thread, audit it. */
public final class ReplyDrafting implements CreateReplyDraft {

    private final Stores stores;
    private final Drafts drafts;
    private final Clock clock;

    public ReplyDrafting(Stores stores, Drafts drafts, Clock clock) {
        this.stores = stores;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Override
    public DraftRef create(Command command) {
        StoredMessage message = stores.messages().find(command.message())
                .orElseThrow(() -> new UnknownRecordException("captured message " + command.message()));
        MailboxAccount account = stores.mailboxes().find(command.mailbox())
                .orElseThrow(() -> new UnknownRecordException("mailbox " + command.mailbox()));
        MessageRef copy = message.sightings().stream()
                .filter(ref -> ref.mailbox().equals(command.mailbox()))
                .findFirst()
                .orElseThrow(() -> new UnknownRecordException("copy of " + command.message() + " in mailbox "
                        + command.mailbox()));
        ReplyDraft draft = ReplyComposer.compose(message.content(), copy.threadId(), account, command.mode(),
                command.body());
        DraftRef created = drafts.create(draft);
        stores.auditLog().record(new AuditEvent(clock.instant(), command.requestedBy().canonical(),
                "draft.created", command.message().value(),
                command.mode() + " draft " + created.draftId() + " in " + command.mailbox()));
        return created;
    }
}
