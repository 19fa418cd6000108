/**
 * The driven adapter for the digest's SMTP fallback: an {@code OutboundMail} with Angus Mail, used only
 * when the Gmail transport fails or is not configured, and only for mail to active admins. It depends on
 * {@code crm-domain} only; a failure becomes a {@code DeliveryException} whose short message it writes
 * itself, never the library's, which can quote credentials.
 */
package dev.fundcrm.smtp;
