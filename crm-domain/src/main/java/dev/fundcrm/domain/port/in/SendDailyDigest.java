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

        /** The day's digest was delivered before, or another instance is sending it now. Nothing sent. */
        record AlreadyHandled(String status) implements Outcome {
        }

        /** Every transport failed; the reasons are safe to show. The run can be claimed again later. */
        record Failed(List<String> reasons, boolean authenticationFailed) implements Outcome {
            public Failed {
                reasons = List.copyOf(reasons);
            }
        }
    }
}
