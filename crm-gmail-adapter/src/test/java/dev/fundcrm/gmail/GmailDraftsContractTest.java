package dev.fundcrm.gmail;

import dev.fundcrm.domain.contract.DraftsContract;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.gmail.fake.Fault;
import dev.fundcrm.gmail.fake.Route;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * GmailDrafts keeps the Drafts contract against the fake Gmail: the contract's original, message m1 in thread
 * "thread-m1", is in Anna's mailbox, so Gmail's threading rule files the reply there; drafts are read back from
 * the raw MIME the fake received.
 */
class GmailDraftsContractTest extends DraftsContract {

    private static final String ORIGINAL = "From: Lena Partner <lena@lp.example>\r\nTo: anna@fund.example\r\n"
            + "Cc: Carl <carl@lp.example>\r\nSubject: Fund III close\r\nDate: Mon, 4 Mar 2024 09:00:00 +0000\r\n"
            + "Message-ID: <m1@mail.lp.example>\r\nReferences: <m0@mail.lp.example>\r\n\r\nWhen do we close?\r\n";

    private final GmailTestbed testbed = new GmailTestbed();
    private final GmailDrafts drafts = new GmailDrafts(testbed.gmail());

    @BeforeEach
    void seedTheOriginal() {
        testbed.fake().user(ANNA.address().value()).addAs("m1", "thread-m1", testbed.time().clock().instant(),
                ORIGINAL.getBytes(StandardCharsets.UTF_8));
        testbed.fake().user(BEN.address().value());
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Override
    protected Drafts subject() {
        return drafts;
    }

    @Override
    protected List<CreatedDraft> draftsIn(Mailbox mailbox) {
        return testbed.fake().drafts().stream()
                .filter(draft -> draft.user().equals(mailbox.address().canonical()))
                .map(draft -> {
                    RawMime mime = new RawMime(draft.raw());
                    return new CreatedDraft(draft.draftId(), new GmailThreadId(draft.threadId()),
                            mime.addresses("From").get(0), mime.addresses("To"), mime.addresses("Cc"), mime.subject(),
                            mime.header("In-Reply-To"), Arrays.asList(mime.header("References").split("\\s+")),
                            mime.text());
                })
                .toList();
    }

    @Override
    protected void failNextCreate() {
        testbed.fake().faults().next(1, Route.DRAFTS_CREATE, Fault.serverError(500));
    }
}
