/**
 * The driven adapter for Gmail through domain-wide delegation: a {@code MailboxSource} that reads headers
 * first and a message in full only when it yields a proposal (scope {@code gmail.readonly}), a
 * {@code Drafts} that creates reply drafts in the original's thread and never sends them, and the digest's
 * {@code OutboundMail} over {@code users.messages.send} (scope {@code gmail.compose}). It depends on
 * {@code crm-domain} only; Google's exceptions become {@code CaptureException}, {@code DraftException} or
 * {@code DeliveryException} with messages that hold no key, token or assertion.
 */
package dev.fundcrm.gmail;
