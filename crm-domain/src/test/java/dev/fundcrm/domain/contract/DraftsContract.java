package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Drafts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Drafts} promises: a draft lands in the named mailbox, in the original's thread, with the
 * reply's recipients, subject, threading headers and body; each gets its own id; a failure is a
 * {@link DraftException} and leaves no draft. Subclasses read drafts back from where they were created, e.g.
 * a fake Gmail server.
 */
public abstract class DraftsContract {

    protected static final Mailbox ANNA = Mailbox.of("anna@fund.example");
    protected static final Mailbox BEN = Mailbox.of("ben@fund.example");

    /**
     * A draft as read back: addresses in canonical form, references as Message-ID values.
     */
    public record CreatedDraft(String draftId, GmailThreadId threadId, String from, List<String> to,
                               List<String> cc, String subject, String inReplyTo, List<String> references,
                               String body) {
        public CreatedDraft {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            references = List.copyOf(references);
        }
    }

    /** The drafts under test; the same instance for the whole test. */
    protected abstract Drafts subject();

    /** Every draft in the mailbox, oldest first, read back from where drafts are created. */
    protected abstract List<CreatedDraft> draftsIn(Mailbox mailbox);

    /** The next create fails (e.g. the fake Gmail server answers 500 once). */
    protected abstract void failNextCreate();

    @Test
    void createsTheDraftInTheOriginalsThreadOfItsMailbox() {
        DraftRef created = subject().create(reply(ANNA, "thread-m1"));

        assertThat(created.threadId()).isEqualTo(new GmailThreadId("thread-m1"));
        assertThat(draftsIn(ANNA)).extracting(CreatedDraft::draftId, CreatedDraft::threadId)
                .containsExactly(tuple(created.draftId(), created.threadId()));
        assertThat(draftsIn(BEN)).isEmpty();
    }

    @Test
    void theDraftCarriesRecipientsSubjectThreadingHeadersAndBody() {
        subject().create(reply(ANNA, "thread-m1"));

        CreatedDraft draft = draftsIn(ANNA).get(0);

        assertThat(draft.from()).isEqualTo("anna@fund.example");
        assertThat(draft.to()).containsExactly("lena@lp.example");
        assertThat(draft.cc()).containsExactly("carl@lp.example");
        assertThat(draft.subject()).isEqualTo("Re: Fund III close");
        assertThat(draft.inReplyTo()).isEqualTo("<m1@mail.lp.example>");
        assertThat(draft.references()).containsExactly("<m0@mail.lp.example>", "<m1@mail.lp.example>");
        assertThat(draft.body().strip()).isEqualTo("Thanks Lena, we will send the documents today.");
    }

    @Test
    void eachDraftGetsItsOwnId() {
        DraftRef first = subject().create(reply(ANNA, "thread-m1"));
        DraftRef second = subject().create(reply(ANNA, "thread-m2"));

        assertThat(first.draftId()).isNotEqualTo(second.draftId());
        assertThat(draftsIn(ANNA)).extracting(CreatedDraft::draftId)
                .containsExactlyInAnyOrder(first.draftId(), second.draftId());
    }

    @Test
    void aFailedCreateThrowsDraftExceptionAndLeavesNoDraft() {
        failNextCreate();

        assertThatThrownBy(() -> subject().create(reply(ANNA, "thread-m1"))).isInstanceOf(DraftException.class);
        assertThat(draftsIn(ANNA)).isEmpty();
        assertThat(subject().create(reply(ANNA, "thread-m1")).threadId()).isEqualTo(new GmailThreadId("thread-m1"));
    }

    private static ReplyDraft reply(Mailbox mailbox, String thread) {
        return new ReplyDraft(mailbox, new GmailThreadId(thread), mailbox.address(),
                List.of(Participant.of("Lena Partner", "lena@lp.example")),
                List.of(new Participant(EmailAddress.of("carl@lp.example"), "Carl")),
                "Re: Fund III close", "<m1@mail.lp.example>",
                List.of(new MessageId("<m0@mail.lp.example>"), new MessageId("<m1@mail.lp.example>")),
                "Thanks Lena, we will send the documents today.");
    }
}
