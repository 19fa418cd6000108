package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.DigestWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The default digest writer: a fixed template filled from the digest, as plain text and as HTML with every
 * text from mail or the stores escaped. Deterministic: the same digest gives the same mail. Thread-safe.
 */
public final class TemplateDigestWriter implements DigestWriter {

    @Override
    public RenderedDigest write(Digest digest) {
        String day = digest.day().format(DateTimeFormatter.ISO_LOCAL_DATE);
        if (digest.isQuiet()) {
            String line = "Nothing new for " + day + ": no approvals, no pending proposals, nobody awaiting a reply,"
                    + " no new people, every mailbox captured.";
            return new RenderedDigest("fundcrm digest " + day + ": nothing new", line + "\n",
                    "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body><p>" + escape(line)
                            + "</p></body></html>");
        }
        int approvedCount = digest.approved().stream().mapToInt(c -> c.activities().size()).sum();
        String subject = String.format(Locale.ROOT, "fundcrm digest %s: %d approved, %d pending, %d awaiting reply",
                day, approvedCount, digest.pendingCount(), digest.awaitingReply().size());
        Page page = new Page();
        approved(page, digest);
        reviewQueue(page, digest);
        page.section("Awaiting our reply");
        if (digest.awaitingReply().isEmpty()) {
            page.line(0, "Nobody.");
        }
        for (Digest.AwaitingReply awaiting : digest.awaitingReply()) {
            page.line(0, awaiting.contact().displayName() + ": \"" + awaiting.subject() + "\", "
                    + awaiting.daysWaiting() + " days");
        }
        page.section("New people at known organizations");
        if (digest.newPeople().isEmpty()) {
            page.line(0, "Nobody new.");
        }
        for (Digest.NewPerson person : digest.newPeople()) {
            page.line(0, person.organization().name() + ": " + person.participant() + ", " + person.messages()
                    + (person.messages() == 1 ? " message" : " messages"));
        }
        mailboxes(page, digest);
        return new RenderedDigest(subject, page.text(), page.html());
    }

    private static void approved(Page page, Digest digest) {
        page.section("Approved yesterday");
        if (digest.approved().isEmpty()) {
            page.line(0, "Nothing was approved.");
        }
        Organization shown = null;
        boolean first = true;
        for (Digest.ContactActivities contact : digest.approved()) {
            if (first || !Objects.equals(shown, contact.organizationOrNull())) {
                shown = contact.organizationOrNull();
                page.line(0, shown == null ? "No organization" : shown.name());
                first = false;
            }
            page.line(1, contact.contact().displayName() + ": " + contact.activities().size()
                    + (contact.activities().size() == 1 ? " message" : " messages"));
            for (Activity activity : contact.activities()) {
                String what = activity.subject().isEmpty() ? activity.direction().name().toLowerCase(Locale.ROOT)
                        : activity.subject();
                page.line(2, activity.occurredAt() + " " + what);
            }
        }
    }

    private static void reviewQueue(Page page, Digest digest) {
        page.section("Review queue");
        page.line(0, digest.pendingCount() + " pending"
                + (digest.pendingCount() == 0 ? "" : ", the oldest waiting " + age(digest.oldestPendingAge())));
        for (Digest.MailboxQueue queue : digest.pendingByMailbox()) {
            page.line(1, queue.mailbox() + ": " + queue.pending() + " pending, the oldest waiting "
                    + age(queue.oldestAge()));
        }
    }

    private static void mailboxes(Page page, Digest digest) {
        page.section("Mailboxes");
        for (Digest.MailboxHealth health : digest.syncHealth()) {
            SyncState state = health.state();
            String backlog = health.backlog().filter(span -> !span.isZero())
                    .map(span -> ", backlog: mail of the last " + age(span) + " not captured")
                    .orElse(health.backlog().isPresent() ? "" : ", backlog: nothing captured yet");
            page.line(0, state.mailbox() + ": " + state.status()
                    + state.lastSuccess().map(at -> ", last success " + at).orElse("")
                    + (state.lastError().isEmpty() ? "" : ", last error: " + state.lastError()) + backlog);
        }
    }

    private static String age(Duration age) {
        long days = age.toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : age.toHours() + " hours";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text and HTML bodies, written side by side: sections and indented lines. */
    private static final class Page {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder(
                "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>");

        void section(String title) {
            text.append('\n').append(title).append('\n');
            html.append("<h2>").append(escape(title)).append("</h2>");
        }

        void line(int indent, String line) {
            text.append("  ".repeat(indent)).append(indent == 2 ? "- " : "").append(line).append('\n');
            html.append(indent == 0 ? "<p>" : "<p style=\"margin-left:" + (2 * indent) + "em\">")
                    .append(escape(line)).append("</p>");
        }

        String text() {
            return text.toString();
        }

        String html() {
            return html + "</body></html>";
        }
    }
}
