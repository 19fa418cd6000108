package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.BulkApprove;
import dev.fundcrm.domain.port.in.ReassignProposal;
import dev.fundcrm.domain.port.in.RejectProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox's review actions: approve, reject with a reason (optionally blocking the address or domain),
 * reassign, approve many. The review script posts these forms with {@code Accept: application/json} and
 * gets a sentence back, then moves to the next proposal without a reload; without the script each form
 * posts and comes back to the inbox. A proposal decided meanwhile is a 409 and nothing is written.
 */
final class ReviewActions {

    private final UseCases useCases;
    private final Stores stores;
    private final Responses responses;

    ReviewActions(ApiContext context, Responses responses) {
        this.useCases = context.useCases();
        this.stores = context.stores();
        this.responses = responses;
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.post("/inbox/approve", PageAccess.MEMBER, this::approveMany),
                PageRoute.post("/inbox/{id}/approve", PageAccess.MEMBER, this::approve),
                PageRoute.post("/inbox/{id}/reject", PageAccess.MEMBER, this::reject),
                PageRoute.post("/inbox/{id}/reassign", PageAccess.MEMBER, this::reassign));
    }

    private void approve(Context ctx) {
        ProposalId id = proposalId(ctx);
        answer(ctx, useCases.review().approve(new ApproveProposal.Command(id, reviewer(ctx), null)), "Approved");
    }

    private void reject(Context ctx) {
        ProposalId id = proposalId(ctx);
        String reason = ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
        if (reason.isEmpty()) {
            throw PageException.badRequest("Say why the proposal is rejected: the reason is kept with it.");
        }
        String block = ctx.formParam("block");
        RejectProposal.Block blocking = block == null || block.isBlank() ? RejectProposal.Block.NOTHING
                : Forms.parse("block choice", block, RejectProposal.Block::valueOf);
        answer(ctx, useCases.review().reject(new RejectProposal.Command(id, reviewer(ctx), reason, blocking)),
                blocking == RejectProposal.Block.NOTHING ? "Rejected" : "Rejected and blocked");
    }

    private void reassign(Context ctx) {
        ProposalId id = proposalId(ctx);
        String text = ctx.formParam("contact");
        if (text == null || text.isBlank()) {
            throw PageException.badRequest("Choose the contact this message belongs to.");
        }
        ContactId contact = Forms.parse("contact", text, ContactId::parse);
        Contact target = stores.contacts().find(contact)
                .orElseThrow(() -> PageException.notFound("That contact no longer exists."));
        answer(ctx, useCases.review().reassign(new ReassignProposal.Command(id, contact, reviewer(ctx))),
                "Reassigned to " + target.name() + " and waiting for approval");
    }

    private void approveMany(Context ctx) {
        List<String> texts = ctx.formParams("id");
        if (texts.isEmpty()) {
            throw PageException.badRequest("Select the proposals to approve first (x selects one).");
        }
        if (texts.size() > PendingQuery.MAX_LIMIT) {
            throw PageException.badRequest("Approve at most " + PendingQuery.MAX_LIMIT + " at once.");
        }
        List<ProposalId> ids = texts.stream().map(text -> Forms.parse("id", text, ProposalId::parse)).toList();
        List<ReviewOutcome> outcomes = useCases.review().approveAll(new BulkApprove.Command(ids, reviewer(ctx), null));
        long applied = outcomes.stream().filter(ReviewOutcome.Applied.class::isInstance).count();
        String message = "Approved " + applied + " of " + outcomes.size()
                + (applied < outcomes.size() ? "; the others were already decided or could not be approved." : ".");
        if (Responses.wantsJson(ctx)) {
            responses.result(ctx, HttpStatus.OK, applied == outcomes.size(), message, decided(outcomes));
        } else {
            ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
        }
    }

    /** The proposals that no longer wait, approved now or decided before: the script takes them off the list. */
    private static List<String> decided(List<ReviewOutcome> outcomes) {
        List<String> ids = new ArrayList<>();
        for (ReviewOutcome outcome : outcomes) {
            if (outcome instanceof ReviewOutcome.Applied applied) {
                ids.add(applied.proposal().id().toString());
            } else if (outcome instanceof ReviewOutcome.Conflict conflict && !conflict.current().isPending()) {
                ids.add(conflict.current().id().toString());
            }
        }
        return ids;
    }

    private void answer(Context ctx, ReviewOutcome outcome, String done) {
        if (outcome instanceof ReviewOutcome.NotFound) {
            throw PageException.notFound("That proposal no longer exists.");
        }
        if (outcome instanceof ReviewOutcome.Conflict conflict) {
            throw new PageException(HttpStatus.CONFLICT, "Nothing changed: " + (conflict.reason() == null
                    ? "the proposal is " + Formats.word(conflict.current().state()) : conflict.reason()) + ".");
        }
        if (Responses.wantsJson(ctx)) {
            responses.result(ctx, HttpStatus.OK, true, done + ".");
        } else {
            ctx.redirect("/inbox", HttpStatus.SEE_OTHER);
        }
    }

    private static ProposalId proposalId(Context ctx) {
        return Forms.parse("proposal", ctx.pathParam("id"), ProposalId::parse);
    }

    private static EmailAddress reviewer(Context ctx) {
        return SessionGuard.user(ctx).user();
    }
}
