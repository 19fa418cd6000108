package dev.fundcrm.domain.testkit;

import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ProposalId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;

/**
 * The review queue's keyset cursor: the (occurredAt, id) of the last item of a page, encoded so that callers
 * treat it as opaque. Proposals order by occurredAt, then by id in its text form.
 */
record PendingCursor(Instant occurredAt, String proposalId) {

    static final Comparator<Proposal> QUEUE_ORDER = Comparator.comparing(Proposal::occurredAt)
            .thenComparing(proposal -> proposal.id().toString());

    private static final String PREFIX = "pending-v1|";

    static PendingCursor after(Proposal last) {
        return new PendingCursor(last.occurredAt(), last.id().toString());
    }

    /** @throws IllegalArgumentException for text that no {@link #encode()} produced */
    static PendingCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (!plain.startsWith(PREFIX) || parts.length != 3) {
                throw new IllegalArgumentException("not a review-queue cursor");
            }
            return new PendingCursor(Instant.parse(parts[1]), ProposalId.parse(parts[2]).toString());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("this store did not hand out the cursor '" + text + "'", e);
        }
    }

    String encode() {
        String plain = PREFIX + occurredAt + "|" + proposalId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the proposal comes after this cursor in queue order. */
    boolean precedes(Proposal proposal) {
        int byTime = proposal.occurredAt().compareTo(occurredAt);
        return byTime > 0 || (byTime == 0 && proposal.id().toString().compareTo(proposalId) > 0);
    }
}
