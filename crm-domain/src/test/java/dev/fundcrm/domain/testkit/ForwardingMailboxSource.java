package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.List;

/** A source that hands every call to another: tests override the one call they want to hold, count or break. */
public abstract class ForwardingMailboxSource implements MailboxSource {

    private final MailboxSource delegate;

    protected ForwardingMailboxSource(MailboxSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        return delegate.changes(mailbox, since, pageSize);
    }

    @Override
    public ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
        return delegate.search(mailbox, search, since, pageSize);
    }

    @Override
    public List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
        return delegate.fetchHeaders(mailbox, refs);
    }

    @Override
    public FetchedMessage fetchFull(MessageRef ref) {
        return delegate.fetchFull(ref);
    }
}
