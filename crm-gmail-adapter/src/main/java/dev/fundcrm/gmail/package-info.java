/**
 * The driven adapter for Gmail through domain-wide delegation (docs/gmail-setup.md). One
 * {@link dev.fundcrm.gmail.DelegatedGmail}, made from {@link dev.fundcrm.gmail.GmailSettings}, holds the service
 * account's credentials delegated per (user, scope), one Gmail client per (user, scope), the per-user quota
 * limiter and the {@link dev.fundcrm.gmail.GmailStats}; it feeds:
 * <ul>
 *   <li>{@link dev.fundcrm.gmail.GmailMailboxSource}, a {@code MailboxSource} (scope {@code gmail.readonly}) that
 *       reads headers first, in batches, and a message in full only when it yields a proposal;</li>
 *   <li>{@link dev.fundcrm.gmail.GmailDrafts}, a {@code Drafts} that creates reply drafts in the original's
 *       thread and never sends them (scope {@code gmail.compose});</li>
 *   <li>{@link dev.fundcrm.gmail.GmailOutboundMail}, the digest's {@code OutboundMail} over
 *       {@code users.messages.send} (scope {@code gmail.compose});</li>
 *   <li>{@link dev.fundcrm.gmail.GmailCheck}, the setup check an admin runs for one member.</li>
 * </ul>
 * Every call takes its units from the quota limiter first and is retried by the retry policy where that is
 * safe. The module depends on {@code crm-domain} only; Google's exceptions become {@code CaptureException},
 * {@code DraftException} or {@code DeliveryException} with messages written here that hold no key, token or
 * assertion, and never a library's exception as their cause.
 */
package dev.fundcrm.gmail;
