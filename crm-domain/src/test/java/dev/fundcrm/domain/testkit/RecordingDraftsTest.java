package dev.fundcrm.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.contract.DraftsContract;
import dev.fundcrm.domain.model.GmailThreadId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageId;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Drafts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recording drafts run the contract; drafts are numbered in creation order. */
final class RecordingDraftsTest extends DraftsContract {

    private final RecordingDrafts drafts = new RecordingDrafts();

    @Override
    protected Drafts subject() {
        return drafts;
    }

    @Override
    protected List<CreatedDraft> draftsIn(Mailbox mailbox) {
        List<ReplyDraft> created = drafts.created();
        List<CreatedDraft> inMailbox = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            ReplyDraft draft = created.get(i);
            if (draft.mailbox().equals(mailbox)) {
                inMailbox.add(new CreatedDraft("draft-" + (i + 1), draft.threadId(), draft.from().canonical(),
                        canonical(draft.to()), canonical(draft.cc()), draft.subject(), draft.inReplyTo(),
                        draft.references().stream().map(MessageId::value).toList(), draft.body()));
            }
        }
        return inMailbox;
    }

    @Override
    protected void failNextCreate() {
        drafts.failNextWith(new DraftException("Gmail answered 500"));
    }

    @Test
    void numbersDraftsInCreationOrderAcrossMailboxes() {
        drafts.create(reply(ANNA));
        drafts.create(reply(BEN));

        assertThat(drafts.create(reply(ANNA)).draftId()).isEqualTo("draft-3");
        assertThat(drafts.created()).extracting(ReplyDraft::mailbox).containsExactly(ANNA, BEN, ANNA);
    }

    private static ReplyDraft reply(Mailbox mailbox) {
        return new ReplyDraft(mailbox, new GmailThreadId("t1"), mailbox.address(),
                List.of(Participant.of("lena@lp.example")), List.of(), "Re: hi", "", List.of(), "");
    }

    private static List<String> canonical(List<Participant> participants) {
        return participants.stream().map(participant -> participant.address().canonical()).toList();
    }
}
