package dev.fundcrm.domain.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.Disposition;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.ProposalReview;
import dev.fundcrm.domain.testkit.demo.DemoFund;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many reviewers deciding one proposal at once: exactly one decision lands. Runs on any {@link Stores}. */
public abstract class ConcurrentReviewContract {

    private static final int REVIEWERS = 50;
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    protected abstract Stores newStores();

    @Test
    void fiftyConcurrentApprovalsWriteOneActivityAndOneAuditEvent() throws Exception {
        Stores stores = newStores();
        DemoFund.seed(stores);
        Proposal proposal = pendingProposalForJane(stores);
        ProposalReview review = new ProposalReview(stores, DemoFund.settings(), Clock.fixed(NOW, ZoneOffset.UTC));

        List<ReviewOutcome> outcomes = runConcurrently(() -> review.approve(new ApproveProposal.Command(
                proposal.id(), EmailAddress.of(DemoFund.ALICE), Visibility.FULL_EXCERPT)));

        assertThat(outcomes).filteredOn(ReviewOutcome.Applied.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ReviewOutcome.Conflict.class::isInstance).hasSize(REVIEWERS - 1);
        assertThat(stores.activities().forContact(DemoFund.JANE, 100)).hasSize(1);
        assertThat(stores.auditLog().about(proposal.id().toString())).extracting(AuditEvent::action)
                .containsExactly("proposal.approved");
        assertThat(stores.proposals().find(proposal.id())).get().extracting(Proposal::version).isEqualTo(2L);
    }

    @Test
    void approvingTwiceChangesNothing() {
        Stores stores = newStores();
        DemoFund.seed(stores);
        Proposal proposal = pendingProposalForJane(stores);
        ProposalReview review = new ProposalReview(stores, DemoFund.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
        ApproveProposal.Command approve = new ApproveProposal.Command(proposal.id(),
                EmailAddress.of(DemoFund.ALICE), null);

        assertThat(review.approve(approve)).isInstanceOf(ReviewOutcome.Applied.class);
        assertThat(review.approve(approve)).isInstanceOf(ReviewOutcome.Conflict.class);

        assertThat(stores.activities().forContact(DemoFund.JANE, 100)).hasSize(1)
                .allSatisfy(activity -> assertThat(activity.visibility()).isEqualTo(Visibility.SUBJECT));
        assertThat(stores.auditLog().about(proposal.id().toString())).hasSize(1);
    }

    private static Proposal pendingProposalForJane(Stores stores) {
        Participant jane = Participant.of("Jane Doe", "jane.doe@acmepension.com");
        ParsedMessage message = ParsedMessage.builder(MessageRef.of(DemoFund.ALICE, "m1", "t1"))
                .detail(ParsedMessage.Detail.FULL)
                .messageId("<race@acmepension.com>")
                .from(jane)
                .to(Participant.of(DemoFund.ALICE))
                .subject("Commitment")
                .sentAt(NOW.minusSeconds(3600))
                .textExcerpt("We commit.")
                .build();
        stores.messages().storeContent(message.key(), message);
        stores.messages().recordSighting(message.key(), message.ref(), Disposition.CAPTURED);
        Proposal proposal = Proposal.pending(message.key(), new Match(new ProposalTarget.KnownContact(DemoFund.JANE),
                jane, ParticipantRole.FROM, MatchRule.EXACT_ADDRESS), NOW.minusSeconds(3600), NOW);
        assertThat(stores.proposals().addIfAbsent(proposal)).isTrue();
        return proposal;
    }

    private static <T> List<T> runConcurrently(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < REVIEWERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
