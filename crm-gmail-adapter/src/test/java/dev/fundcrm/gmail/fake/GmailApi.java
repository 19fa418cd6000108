package dev.fundcrm.gmail.fake;

import com.google.api.services.gmail.GmailScopes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Gmail API's pipeline for one call, direct or inside a batch: route, fault, token, user, scope, then a
 * concurrency slot and the quota, then the resource. A batch takes every inner call's slot before running any,
 * so n inner calls are n concurrent requests, as Gmail counts them. Thread-safe.
 */
final class GmailApi {

    private final Function<String, Optional<FakeMailbox>> mailboxes;
    private final AccessTokens tokens;
    private final Clock clock;
    private final Quota quota;
    private final Faults faults;
    private final MailboxResources reads;
    private final OutgoingResources outgoing;

    GmailApi(Function<String, Optional<FakeMailbox>> mailboxes, AccessTokens tokens, Clock clock, Quota quota,
            Faults faults, OutgoingResources outgoing) {
        this.mailboxes = mailboxes;
        this.tokens = tokens;
        this.clock = clock;
        this.quota = quota;
        this.faults = faults;
        this.reads = new MailboxResources(clock);
        this.outgoing = outgoing;
    }

    ApiResponse serve(ApiCall call) {
        return serveAll(List.of(call)).get(0);
    }

    /** Answers the calls in order, each having held its concurrency slot while any of them ran. */
    List<ApiResponse> serveAll(List<ApiCall> calls) {
        List<Preparation> preparations = calls.stream().map(this::prepare).toList();
        List<String> entered = new ArrayList<>();
        List<Boolean> admitted = new ArrayList<>();
        try {
            for (Preparation preparation : preparations) {
                boolean admit = preparation instanceof Preparation.Ready ready && quota.enter(ready.user());
                if (admit) {
                    entered.add(((Preparation.Ready) preparation).user());
                }
                admitted.add(admit);
            }
            List<ApiResponse> responses = new ArrayList<>();
            for (int index = 0; index < preparations.size(); index++) {
                Preparation preparation = preparations.get(index);
                if (preparation instanceof Preparation.Refused refused) {
                    responses.add(refused.response());
                } else if (admitted.get(index)) {
                    responses.add(execute((Preparation.Ready) preparation));
                } else {
                    responses.add(Quota.tooManyConcurrentRequests());
                }
            }
            return responses;
        } finally {
            entered.forEach(quota::leave);
        }
    }

    private Preparation prepare(ApiCall call) {
        Optional<GmailRoutes.Match> match = GmailRoutes.match(call.method(), call.path());
        if (match.isEmpty()) {
            return refuse(GoogleErrors.error(404, "NOT_FOUND", "notFound", "global",
                    "The fake Gmail serves no " + call.method() + " " + call.path()));
        }
        Route route = match.get().route();
        if (route == Route.DRAFTS_SEND) {
            outgoing.recordDraftSendAttempt(match.get().userId());
        }
        Optional<Fault> fault = faults.draw(route, match.get().parameters());
        if (fault.isPresent() && fault.get() instanceof Fault.ConnectionReset) {
            return refuse(ApiResponse.connectionReset());
        }
        if (fault.isPresent() && fault.get() instanceof Fault.ServerError serverError) {
            return refuse(GoogleErrors.serverError(serverError.status()));
        }
        Optional<String> bearer = call.header("Authorization").filter(value -> value.startsWith("Bearer "))
                .map(value -> value.substring("Bearer ".length()).strip());
        if (bearer.isEmpty()) {
            return refuse(GoogleErrors.loginRequired());
        }
        Optional<AccessTokens.Issued> token = tokens.valid(bearer.get(), clock.instant());
        if (token.isEmpty()) {
            return refuse(GoogleErrors.invalidCredentials());
        }
        String user = token.get().user();
        if (user == null) {
            return refuse(GoogleErrors.failedPrecondition("Precondition check failed."));
        }
        String userId = match.get().userId();
        if (!userId.equals("me") && !userId.equalsIgnoreCase(user)) {
            return refuse(GoogleErrors.forbidden("Delegation denied for " + user));
        }
        Optional<FakeMailbox> mailbox = mailboxes.apply(user).filter(FakeMailbox::active);
        if (mailbox.isEmpty()) {
            return refuse(GoogleErrors.failedPrecondition("Mail service not enabled"));
        }
        List<String> scopes = token.get().scopes();
        if (!route.allowedBy(scopes)) {
            return refuse(GoogleErrors.insufficientPermissions());
        }
        boolean metadataOnly = !route.allowedBy(scopes.stream()
                .filter(scope -> !scope.equals(GmailScopes.GMAIL_METADATA)).toList());
        return new Preparation.Ready(route, match.get().parameters(), call, mailbox.get(), metadataOnly, fault);
    }

    private ApiResponse execute(Preparation.Ready ready) {
        Faults.pause(ready.fault());
        Optional<ApiResponse> refusal = quota.charge(ready.user(), ready.route());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        ApiResponse response = switch (ready.route()) {
            case PROFILE -> reads.profile(ready.mailbox());
            case MESSAGES_LIST -> reads.list(ready);
            case MESSAGES_GET -> reads.get(ready);
            case ATTACHMENTS_GET -> reads.attachment(ready);
            case HISTORY_LIST -> reads.history(ready);
            case DRAFTS_CREATE -> outgoing.createDraft(ready);
            case MESSAGES_SEND -> outgoing.send(ready);
            case DRAFTS_SEND -> GoogleErrors.error(404, "NOT_FOUND", "notFound", "global",
                    "The fake Gmail never serves drafts.send: fundcrm drafts, humans send");
            case BATCH, TOKEN -> throw new IllegalStateException("not a Gmail API route: " + ready.route());
        };
        return Faults.spoil(ready.fault(), response);
    }

    private static Preparation refuse(ApiResponse response) {
        return new Preparation.Refused(response);
    }
}
