package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.UnsafeHeaderException;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reply and reply-all drafts to captured messages, in a team mailbox's thread, with the caller's body. It
 * only creates the Gmail draft: agents draft, humans send.
 */
final class DraftRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(DraftRoutes.class);

    /** {@code message} is a captured message's key (a proposal's {@code messageKey}). */
    public record NewDraft(String message, String mailbox, ReplyMode mode, String body) {
    }

    public record DraftView(String draftId, String threadId) {
    }

    private final CreateReplyDraft drafting;

    DraftRoutes(ApiContext context) {
        this.drafting = context.useCases().drafting();
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/api/drafts", Access.MEMBER,
                "Create a reply or reply-all Gmail draft to a captured message (never sent)", this::create)
                .body(NewDraft.class).returns(DraftView.class, 201));
    }

    private void create(Context ctx) {
        NewDraft request = Json.read(ctx, NewDraft.class);
        MessageKey message = Params.field("message", request.message(), MessageKey::new);
        Mailbox mailbox = Params.field("mailbox", request.mailbox(), Mailbox::of);
        if (request.mode() == null) {
            throw ProblemException.badRequest("field 'mode' is required: REPLY or REPLY_ALL");
        }
        DraftRef draft;
        try {
            draft = drafting.create(new CreateReplyDraft.Command(message, mailbox, request.mode(), request.body(),
                    AccessGuard.user(ctx).user()));
        } catch (UnsafeHeaderException e) {
            throw ProblemException.badRequest("the reply can't be drafted: " + e.getMessage());
        } catch (DraftException e) {
            if (e.notConfigured()) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            }
            String reference = UUID.randomUUID().toString();
            LOG.warn("draft for {} in {} failed, reference {}: {}", message, mailbox, reference, e.getMessage());
            throw new ProblemException(HttpStatus.BAD_GATEWAY,
                    "Gmail did not create the draft; quote reference " + reference + " to the operator");
        }
        ctx.status(HttpStatus.CREATED).json(new DraftView(draft.draftId(),
                draft.threadId() == null ? null : draft.threadId().value()));
    }
}
