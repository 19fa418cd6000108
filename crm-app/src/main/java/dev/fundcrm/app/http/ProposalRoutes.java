package dev.fundcrm.app.http;

import dev.fundcrm.app.http.ProposalViews.PageView;
import dev.fundcrm.app.http.ProposalViews.ProposalDetail;
import dev.fundcrm.app.http.ProposalViews.ProposalView;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.Page;
import dev.fundcrm.domain.model.ProposalId;
import dev.fundcrm.domain.model.Visibility;
import dev.fundcrm.domain.port.in.ApproveProposal;
import dev.fundcrm.domain.port.in.BulkApprove;
import dev.fundcrm.domain.port.in.ListPendingProposals.PendingProposal;
import dev.fundcrm.domain.port.in.ReassignProposal;
import dev.fundcrm.domain.port.in.RejectProposal;
import dev.fundcrm.domain.port.in.ReviewOutcome;
import dev.fundcrm.domain.port.out.PendingQuery;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * The review queue and the review actions, for members. Each action answers the proposal as it is
 * afterwards; a proposal in another state (approved twice, lost a race) is a 409 problem, nothing written.
 */
final class ProposalRoutes implements RouteGroup {

    /** Page size when the caller names none. */
    static final int DEFAULT_LIMIT = 50;

    public record Approve(Visibility visibility) {
    }

    public record Reject(String reason, RejectProposal.Block block) {
    }

    public record Reassign(String contact) {
    }

    public record BulkApproval(List<String> proposals, Visibility visibility) {
    }

    /** One proposal's result in a bulk approval: APPLIED, CONFLICT or NOT_FOUND, and why when not applied. */
    public record BulkResult(String id, String outcome, String state, String detail) {
    }

    private final UseCases useCases;
    private final Stores stores;
    private final Clock clock;

    ProposalRoutes(ApiContext context) {
        this.useCases = context.useCases();
        this.stores = context.stores();
        this.clock = context.clock();
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/proposals", Access.MEMBER, "Pending proposals, oldest first", this::pending)
                        .query("contact", "only proposals for this contact id")
                        .query("organization", "only proposals for this organization id or its contacts")
                        .query("mailbox", "only proposals whose message this mailbox saw")
                        .query("minAge", "only messages at least this old (ISO-8601 duration, e.g. P2D)")
                        .query("cursor", "the previous page's nextCursor")
                        .query("limit", "page size, 1 to " + PendingQuery.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
                        .returns(PageView.class),
                Route.post("/api/proposals/approve", Access.MEMBER, "Approve many proposals, each on its own",
                        this::bulkApprove).body(BulkApproval.class).returns(BulkResult[].class),
                Route.get("/api/proposals/{id}", Access.MEMBER, "One proposal with its message", this::one)
                        .returns(ProposalDetail.class),
                Route.post("/api/proposals/{id}/approve", Access.MEMBER, "Approve a proposal (body optional)",
                        this::approve).body(Approve.class).returns(ProposalView.class),
                Route.post("/api/proposals/{id}/reject", Access.MEMBER, "Reject a proposal with a reason",
                        this::reject).body(Reject.class).returns(ProposalView.class),
                Route.post("/api/proposals/{id}/reassign", Access.MEMBER, "Point a proposal at another contact",
                        this::reassign).body(Reassign.class).returns(ProposalView.class));
    }

    private void pending(Context ctx) {
        PendingQuery query = new PendingQuery(
                Params.query(ctx, "contact", ContactId::parse).orElse(null),
                Params.query(ctx, "organization", OrganizationId::parse).orElse(null),
                Params.query(ctx, "mailbox", Mailbox::of).orElse(null),
                Params.query(ctx, "minAge", Params::duration).map(age -> clock.instant().minus(age)).orElse(null),
                ctx.queryParam("cursor"),
                Params.intQuery(ctx, "limit", 1, PendingQuery.MAX_LIMIT, DEFAULT_LIMIT));
        Page<PendingProposal> page;
        try {
            page = useCases.queue().list(query);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("parameter 'cursor' is not a cursor this API gave out");
        }
        ctx.json(new PageView(page.items().stream().map(ProposalViews::proposal).toList(), page.nextCursor()));
    }

    private void one(Context ctx) {
        ProposalId id = Params.path(ctx, "id", ProposalId::parse);
        PendingProposal proposal = useCases.queue().show(id)
                .orElseThrow(() -> ProblemException.notFound("no proposal " + id));
        ctx.json(new ProposalDetail(ProposalViews.proposal(proposal),
                stores.messages().find(proposal.proposal().messageKey())
                        .map(stored -> ProposalViews.message(stored, useCases.threads().thread(stored))).orElse(null)));
    }

    private void approve(Context ctx) {
        ProposalId id = Params.path(ctx, "id", ProposalId::parse);
        Approve request = ctx.bodyAsBytes().length == 0 ? new Approve(null) : Json.read(ctx, Approve.class);
        answer(ctx, useCases.review().approve(new ApproveProposal.Command(id, reviewer(ctx), request.visibility())));
    }

    private void reject(Context ctx) {
        ProposalId id = Params.path(ctx, "id", ProposalId::parse);
        Reject request = Json.read(ctx, Reject.class);
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("field 'reason' is required: say why the proposal is rejected");
        }
        answer(ctx, useCases.review().reject(new RejectProposal.Command(id, reviewer(ctx), request.reason(),
                request.block())));
    }

    private void reassign(Context ctx) {
        ProposalId id = Params.path(ctx, "id", ProposalId::parse);
        ContactId contact = Params.field("contact", Json.read(ctx, Reassign.class).contact(), ContactId::parse);
        if (stores.contacts().find(contact).isEmpty()) {
            throw ProblemException.notFound("no contact " + contact);
        }
        answer(ctx, useCases.review().reassign(new ReassignProposal.Command(id, contact, reviewer(ctx))));
    }

    private void bulkApprove(Context ctx) {
        BulkApproval request = Json.read(ctx, BulkApproval.class);
        if (request.proposals() == null || request.proposals().isEmpty()) {
            throw ProblemException.badRequest("field 'proposals' must list at least one proposal id");
        }
        if (request.proposals().size() > PendingQuery.MAX_LIMIT) {
            throw ProblemException.badRequest("at most " + PendingQuery.MAX_LIMIT + " proposals at once");
        }
        List<ProposalId> ids = request.proposals().stream()
                .map(text -> Params.field("proposals", text, ProposalId::parse)).toList();
        List<ReviewOutcome> outcomes = useCases.review().approveAll(
                new BulkApprove.Command(ids, reviewer(ctx), request.visibility()));
        ctx.json(outcomes.stream().map(ProposalRoutes::result).toList());
    }

    private static BulkResult result(ReviewOutcome outcome) {
        if (outcome instanceof ReviewOutcome.Applied applied) {
            return new BulkResult(applied.proposal().id().toString(), "APPLIED", applied.proposal().state().name(), "");
        }
        if (outcome instanceof ReviewOutcome.Conflict conflict) {
            return new BulkResult(conflict.current().id().toString(), "CONFLICT", conflict.current().state().name(),
                    conflict.reason());
        }
        ReviewOutcome.NotFound notFound = (ReviewOutcome.NotFound) outcome;
        return new BulkResult(notFound.id().toString(), "NOT_FOUND", null, "no such proposal");
    }

    /** Applied: the proposal as it is now. Conflict: 409. Not found: 404. */
    private void answer(Context ctx, ReviewOutcome outcome) {
        if (outcome instanceof ReviewOutcome.Conflict conflict) {
            throw ProblemException.conflict(conflict.reason() != null ? conflict.reason()
                    : "the proposal is " + conflict.current().state());
        }
        if (outcome instanceof ReviewOutcome.NotFound notFound) {
            throw ProblemException.notFound("no proposal " + notFound.id());
        }
        ReviewOutcome.Applied applied = (ReviewOutcome.Applied) outcome;
        ctx.json(useCases.queue().show(applied.proposal().id()).map(ProposalViews::proposal).orElseThrow());
    }

    private static EmailAddress reviewer(Context ctx) {
        return AccessGuard.user(ctx).user();
    }
}
