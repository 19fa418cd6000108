package dev.fundcrm.gmail.parse;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;

/**
 * Angus Mail's multipart with its leniency chosen here rather than by JVM-wide system properties: a
 * multipart cut short (by the part limit, or by a sender) keeps the parts it has, and one without a boundary
 * parameter is split at its first delimiter line; but one without a start boundary is an error, so the
 * walker notes the part instead of reading it silently as empty.
 */
final class BoundedMultipart extends MimeMultipart {

    BoundedMultipart(DataSource source) throws MessagingException {
        super(source);
    }

    @Override
    protected void initializeProperties() {
        ignoreMissingEndBoundary = true;
        ignoreMissingBoundaryParameter = true;
        ignoreExistingBoundaryParameter = false;
        allowEmpty = false;
    }
}
