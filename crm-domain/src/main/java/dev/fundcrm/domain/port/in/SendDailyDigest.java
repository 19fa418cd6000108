package dev.fundcrm.domain.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * Sends the day's digest to the active admins, once: through the preferred transport, or the fallback when
 * the preferred one fails or is not configured. The only mail the system sends on its own.
 */
public interface SendDailyDigest {

    Outcome send(LocalDate day);

    sealed interface Outcome {
        record Delivered(String transport) implements Outcome {
        }

        /**
         * An instance that died while sending had delivered it: the mail was found in the sender's mailbox by
         * its Message-ID, and the run is now marked delivered. Nothing was sent now.
         */
        record FoundSent(String transport) implements Outcome {
        }

        /** The day's digest was delivered before, or another instance is sending it now. Nothing sent. */
        record AlreadyHandled(String status) implements Outcome {
        }

        /**
         * Nothing was delivered; the reasons are safe to show. The run is tried again later: after
         * {@code DigestDelivery.RETRY_SPACING}, or, if a transport refused its credentials
         * ({@code authenticationFailed}), only by an instance started after the failure.
         */
        record Failed(List<String> reasons, boolean authenticationFailed) implements Outcome {
            public Failed {
                reasons = List.copyOf(reasons);
            }
        }
    }
}
