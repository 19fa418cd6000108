package dev.fundcrm.app.sync;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.domain.testkit.ForwardingMailboxSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source that lets the first page of one mailbox through and holds its next page until released: a sync
 * caught mid-way, holding its lease, without sleeping. Tells when the held page is asked for.
 */
public final class GatedSource extends ForwardingMailboxSource {

    public final CountDownLatch secondPageAsked = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    private final Mailbox gated;
    private final AtomicInteger listings = new AtomicInteger();

    public GatedSource(MailboxSource delegate, Mailbox gated) {
        super(delegate);
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
        return super.changes(mailbox, since, pageSize);
    }
}
