package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source that lets the first page of one mailbox through and holds its next page until released: a sync
 * caught mid-way, holding its lease, without sleeping. Tells when the held page is asked for.
 */
public final class GatedSource implements MailboxSource {

    public final CountDownLatch secondPageAsked = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    private final MailboxSource delegate;
    private final Mailbox gated;
    private final AtomicInteger listings = new AtomicInteger();

    public GatedSource(MailboxSource delegate, Mailbox gated) {
        this.delegate = delegate;
        this.gated = gated;
    }

    /** How many pages were listed, of every mailbox. */
    public int listings() {
        return listings.get();
    }

    @Override
    public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        listings.incrementAndGet();
        if (mailbox.equals(gated) && !since.isStart()) {
            secondPageAsked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
