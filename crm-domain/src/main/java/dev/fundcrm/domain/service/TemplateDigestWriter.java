package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Activity;
import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.model.SyncState;
import dev.fundcrm.domain.port.out.DigestWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The default digest writer: a fixed template filled from the digest, as plain text and as HTML with every
 * text from mail escaped. Deterministic: the same digest gives the same mail. Thread-safe.
 */
public final class TemplateDigestWriter implements DigestWriter {

    @Override
    public RenderedDigest write(Digest digest) {
        String day = digest.day().format(DateTimeFormatter.ISO_LOCAL_DATE);
        if (digest.isQuiet()) {
            String line = "Nothing new for " + day + ": no approvals, no pending proposals, nobody awaiting a reply.";
            return new RenderedDigest("fundcrm digest " + day + ": nothing new", line + "\n",
                    "<!DOCTYPE html><html><body><p>" + escape(line) + "</p></body></html>");
        }
        int approvedCount = digest.approved().stream().mapToInt(c -> c.activities().size()).sum();
        String subject = String.format(Locale.ROOT, "fundcrm digest %s: %d approved, %d pending, %d awaiting reply",
                day, approvedCount, digest.pendingCount(), digest.awaitingReply().size());
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        section(text, html, "Approved yesterday");
        if (digest.approved().isEmpty()) {
            line(text, html, "Nothing was approved.");
        }
        for (Digest.ContactActivities contact : digest.approved()) {
            String org = contact.organizationOrNull() == null ? "" : " (" + contact.organizationOrNull().name() + ")";
            line(text, html, contact.contact().displayName() + org + ": " + contact.activities().size()
                    + (contact.activities().size() == 1 ? " message" : " messages"));
            for (Activity activity : contact.activities()) {
                String what = activity.subject().isEmpty() ? activity.direction().name().toLowerCase(Locale.ROOT)
                        : activity.subject();
                line(text, html, "  - " + activity.occurredAt() + " " + what);
            }
        }
        section(text, html, "Review queue");
        line(text, html, digest.pendingCount() + " pending"
                + (digest.pendingCount() == 0 ? "" : ", the oldest waiting " + age(digest.oldestPendingAge())));
        section(text, html, "Awaiting our reply");
        if (digest.awaitingReply().isEmpty()) {
            line(text, html, "Nobody.");
        }
        for (Digest.AwaitingReply awaiting : digest.awaitingReply()) {
            line(text, html, awaiting.contact().displayName() + ": \"" + awaiting.subject() + "\", "
                    + awaiting.daysWaiting() + " days");
        }
        section(text, html, "Mailboxes");
        for (SyncState state : digest.syncHealth()) {
            line(text, html, state.mailbox() + ": " + state.status()
                    + state.lastSuccess().map(at -> ", last success " + at).orElse("")
                    + (state.lastError().isEmpty() ? "" : ", last error: " + state.lastError()));
        }
        html.append("</body></html>");
        return new RenderedDigest(subject, text.toString(), html.toString());
    }

    private static void section(StringBuilder text, StringBuilder html, String title) {
        text.append('\n').append(title).append('\n');
        html.append("<h2>").append(escape(title)).append("</h2>");
    }

    private static void line(StringBuilder text, StringBuilder html, String line) {
        text.append(line).append('\n');
        html.append("<p>").append(escape(line)).append("</p>");
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
}
