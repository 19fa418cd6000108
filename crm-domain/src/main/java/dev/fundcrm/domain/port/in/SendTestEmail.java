package dev.fundcrm.domain.port.in;

import dev.fundcrm.domain.model.EmailAddress;
import java.util.List;
import java.util.Objects;

/**
 * Sends today's digest as a test to some active admins. If any requested recipient is not an active admin,
 * the whole request is refused and nothing is sent.
 */
public interface SendTestEmail {

    Outcome send(Command command);

    record Command(EmailAddress requestedBy, List<EmailAddress> recipients) {
        public Command {
            Objects.requireNonNull(requestedBy, "requestedBy");
            recipients = List.copyOf(recipients);
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("name at least one active admin to send the test email to");
            }
        }
    }

    sealed interface Outcome {
        record Sent(String transport, List<EmailAddress> recipients) implements Outcome {
            public Sent {
                recipients = List.copyOf(recipients);
            }
        }

        record Refused(List<EmailAddress> notActiveAdmins) implements Outcome {
            public Refused {
                notActiveAdmins = List.copyOf(notActiveAdmins);
            }
        }

        /**
         * Every transport failed. {@code reference} ties this answer to the logged reasons; the answer itself
         * carries no exception text, which can hold credentials.
         */
        record Failed(String reference, List<String> reasons) implements Outcome {
            public Failed {
                reasons = List.copyOf(reasons);
            }
        }
    }
}
