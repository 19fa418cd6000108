package dev.fundcrm.app.web;

import java.util.List;

/**
 * The templates' page models: plain records of display-ready text, one per page. The templates escape every
 * field, so a subject or name from captured mail is shown as text, never run as markup.
 */
public final class Views {

    private Views() {
    }

    /** What every signed-in page shows around its content: who is signed in, the nav, the form token. */
    public record Chrome(String title, String user, boolean admin, String csrf, String section) {
    }

    public record ErrorPage(int status, String title, String message) {
    }

    public record SignInPage(String csrf, String next, String error) {
    }

    /** A choice in a filter or picker. */
    public record Option(String value, String label, boolean selected) {
    }

    /** {@code nextHref} is "" on the last page. */
    public record InboxPage(Chrome chrome, List<ThreadGroup> threads, int count, boolean more, String nextHref,
                            List<Option> contacts, List<Option> organizations, List<Option> mailboxes,
                            List<Option> ages) {
    }

    /** Pending proposals on one Gmail thread (or one message without a thread), oldest first. */
    public record ThreadGroup(String subject, List<Row> rows) {
    }

    /** One pending proposal as the inbox lists it. {@code contactId} is "" for a new person at an organization. */
    public record Row(String id, String subject, String from, String contactName, String contactId,
                      String organizationName, String why, String mailboxes, String date, String excerpt,
                      String messageHref, boolean approvable) {
    }

    public record MessagePage(Chrome chrome, String key, String subject, String date, String excerpt,
                              List<Person> participants, List<ThreadMessage> thread, List<Option> mailboxes,
                              List<Row> proposals, String attachments) {
    }

    /** A participant of a message, with the contact or organization it matched ("" when none). */
    public record Person(String role, String name, String address, String contactName, String contactId,
                         String organizationName) {
    }

    public record ThreadMessage(String href, String subject, String from, String date, boolean current) {
    }

    public record DraftCreatedPage(Chrome chrome, String key, String mailbox, String mode, String draftId) {
    }

    public record ContactPage(Chrome chrome, String id, String name, String addresses, String organizationName,
                              List<TimelineEntry> timeline, List<Row> proposals) {
    }

    public record TimelineEntry(String date, String direction, String subject, String excerpt, String approvedBy,
                                String messageHref) {
    }

    public record MailboxesPage(Chrome chrome, List<MailboxRow> mailboxes, String notice) {
    }

    public record MailboxRow(String address, boolean paused, String status, String lastSuccess, String lastError,
                             String advice, String progress, long messagesSeen, long messagesStored) {
    }

    public record DigestPage(Chrome chrome, String subject, String text, List<Option> admins, String notice) {
    }

    public record BlocklistPage(Chrome chrome, List<String> entries, String notice) {
    }

    public record AuditPage(Chrome chrome, List<AuditRow> events) {
    }

    public record AuditRow(String at, String actor, String action, String subject, String detail) {
    }
}
