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
         * Nothing was sent. {@code reference} ties the answer to the audit log's entry and to the app's log line,
         * which hold {@code reasons} (each transport's safe reason). Answer the caller with {@link #message()},
         * never with the reasons or an exception's text.
         */
        record Failed(String reference, List<String> reasons) implements Outcome {
            public Failed {
                Objects.requireNonNull(reference, "reference");
                reasons = List.copyOf(reasons);
            }

            /** The generic answer for the caller, naming only the reference. */
            public String message() {
                return "The test email could not be sent. Reference " + reference
                        + ": an administrator finds the reason in the log.";
            }
        }
    }
}
