package dev.fundcrm.app.web;

import dev.fundcrm.app.http.ApiContext;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.DraftRef;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageKey;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.Proposal;
import dev.fundcrm.domain.model.ReplyMode;
import dev.fundcrm.domain.model.StoredMessage;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.model.UnsafeHeaderException;
import dev.fundcrm.domain.port.in.CreateReplyDraft;
import dev.fundcrm.domain.port.out.DraftException;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.UseCases;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A captured message with what was captured of its thread, its participants and what each matched, and the
 * reply and reply-all draft forms. A draft is created in the team member's Gmail for a person to read and
 * send there: these pages have no send, and the drafting use case has none either.
 */
final class MessagePages {

    private static final Logger LOG = LoggerFactory.getLogger(MessagePages.class);
    /** How far back the thread is looked for among captured messages. */
    private static final Duration THREAD_WINDOW = Duration.ofDays(120);

    private final UseCases useCases;
    private final Stores stores;
    private final Responses responses;
    private final Formats formats;
    private final Rows rows;
    private final FundDomains fundDomains;

    MessagePages(ApiContext context, Responses responses, Formats formats) {
        this.fundDomains = context.settings().fundDomains();
        this.useCases = context.useCases();
        this.stores = context.stores();
        this.responses = responses;
        this.formats = formats;
        this.rows = new Rows(formats);
    }

    List<PageRoute> pages() {
        return List.of(
                PageRoute.get("/message", PageAccess.MEMBER, this::show),
                PageRoute.post("/message/draft", PageAccess.MEMBER, this::draft));
    }

    private void show(Context ctx) {
        StoredMessage stored = message(ctx.queryParam("key"));
        ParsedMessage message = stored.content();
        List<Views.Person> people = message.participants().stream()
                .filter(entry -> entry.getKey() != ParticipantRole.BCC)
                .map(entry -> person(entry.getKey(), entry.getValue())).toList();
        List<Views.Option> mailboxes = stored.mailboxes().stream().map(Mailbox::toString).distinct()
                .map(mailbox -> new Views.Option(mailbox, mailbox, false)).toList();
        List<Views.Row> proposals = stores.proposals().forMessage(stored.key()).stream()
                .filter(Proposal::isPending)
                .flatMap(proposal -> useCases.queue().show(proposal.id()).stream())
                .map(rows::row).toList();
        String attachments = message.attachments().stream()
                .map(a -> a.filename() + " (" + a.mimeType() + ", " + Math.max(1, a.sizeBytes() / 1024) + " KB)")
                .collect(Collectors.joining("; "));
        responses.page(ctx, "message.jte", new Views.MessagePage(Responses.chrome(ctx, subject(message), "inbox"),
                stored.key().value(), subject(message), formats.date(message.sentAtOrNull()), message.textExcerpt(),
                people, thread(stored), mailboxes, proposals, attachments));
    }

    private void draft(Context ctx) {
        StoredMessage stored = message(ctx.formParam("key"));
        String mailboxText = ctx.formParam("mailbox");
        Mailbox mailbox = Forms.parse("mailbox", mailboxText == null ? "" : mailboxText, Mailbox::of);
        ReplyMode mode = "REPLY_ALL".equals(ctx.formParam("mode")) ? ReplyMode.REPLY_ALL : ReplyMode.REPLY;
        String body = ctx.formParam("body") == null ? "" : ctx.formParam("body");
        DraftRef draft;
        try {
            draft = useCases.drafting().create(new CreateReplyDraft.Command(stored.key(), mailbox, mode, body,
                    SessionGuard.user(ctx).user()));
        } catch (UnknownRecordException e) {
            throw PageException.notFound("That mailbox never saw this message: choose one that did.");
        } catch (UnsafeHeaderException e) {
            throw PageException.badRequest("This message can't be answered by a draft: " + e.getMessage());
        } catch (DraftException e) {
            if (e.notConfigured()) {
                throw new PageException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            }
            String reference = UUID.randomUUID().toString();
            LOG.warn("draft for {} in {} failed, reference {}: {}", stored.key(), mailbox, reference, e.getMessage());
            throw new PageException(HttpStatus.BAD_GATEWAY, "Gmail did not create the draft. Try again later, or "
                    + "quote reference " + reference + " to the operator.");
        }
        responses.page(ctx, "draft.jte", new Views.DraftCreatedPage(Responses.chrome(ctx, "Draft created",
                "inbox"), stored.key().value(), mailbox.toString(), mode == ReplyMode.REPLY_ALL ? "reply-all" : "reply",
                draft.draftId()));
    }

    private StoredMessage message(String keyText) {
        if (keyText == null || keyText.isBlank()) {
            throw PageException.badRequest("Which message? The link is missing its key.");
        }
        MessageKey key = Forms.parse("message key", keyText, MessageKey::new);
        return stores.messages().find(key)
                .orElseThrow(() -> PageException.notFound("No captured message has that key."));
    }

    private Views.Person person(ParticipantRole role, Participant participant) {
        Optional<Contact> contact = stores.contacts().findByAddress(participant.address());
        Optional<Organization> organization = contact.flatMap(Contact::organizationId)
                .flatMap(stores.contacts()::findOrganization)
                .or(() -> stores.contacts().findOrganizationByDomain(participant.address().domain()));
        String matched = contact.map(Contact::name).orElse(fundDomains.isInternal(participant.address()) ? "the fund's team" : "");
        return new Views.Person(Formats.word(role),
                participant.displayName() == null ? "" : participant.displayName(), participant.address().value(),
                matched, contact.map(c -> c.id().toString()).orElse(""),
                organization.map(Organization::name).orElse(""));
    }

    /**
     * The captured messages on the same Gmail thread in any team mailbox that saw this one, oldest first.
     * Messages that yielded no proposal are kept as identifiers only, so they are not shown.
     */
    private List<Views.ThreadMessage> thread(StoredMessage stored) {
        Set<String> threads = stored.sightings().stream().map(MessagePages::threadKey).collect(Collectors.toSet());
        Instant sent = stored.content().sentAt().orElse(Instant.EPOCH);
        Map<String, StoredMessage> found = new LinkedHashMap<>();
        for (StoredMessage other : stores.messages().capturedSince(sent.minus(THREAD_WINDOW))) {
            if (other.sightings().stream().map(MessagePages::threadKey).anyMatch(threads::contains)) {
                found.putIfAbsent(other.key().value(), other);
            }
        }
        found.putIfAbsent(stored.key().value(), stored);
        return found.values().stream()
                .sorted(Comparator.comparing(m -> m.content().sentAt().orElse(Instant.EPOCH)))
                .map(m -> new Views.ThreadMessage(Formats.messageHref(m.key().value()), subject(m.content()),
                        m.content().from().isEmpty() ? "" : Formats.person(m.content().from().get(0)),
                        formats.date(m.content().sentAtOrNull()), m.key().equals(stored.key())))
                .toList();
    }

    private static String threadKey(MessageRef ref) {
        return ref.mailbox() + "/" + ref.threadId().value();
    }

    private static String subject(ParsedMessage message) {
        return message.subject().isBlank() ? "(no subject)" : message.subject();
    }
}
