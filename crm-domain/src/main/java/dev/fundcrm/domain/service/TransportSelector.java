package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.InternalMail;
import dev.fundcrm.domain.port.out.DeliveryException;
import dev.fundcrm.domain.port.out.OutboundMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers through the preferred transport, and through the fallback only when the preferred one failed or
 * is not configured: a mail never goes out through both. Thread-safe if the transports are.
 */
public final class TransportSelector {

    private final OutboundMail preferred;
    private final OutboundMail fallback;

    /** Either may be null (not configured), not both. */
    public TransportSelector(OutboundMail preferredOrNull, OutboundMail fallbackOrNull) {
        if (preferredOrNull == null && fallbackOrNull == null) {
            throw new IllegalArgumentException("configure at least one outbound transport (Gmail or SMTP)");
        }
        this.preferred = preferredOrNull;
        this.fallback = fallbackOrNull;
    }

    /** The sealed result: which transport delivered, or every transport's safe reason. */
    public sealed interface Result {
        record Delivered(String transport, List<String> earlierFailures) implements Result {
            public Delivered {
                earlierFailures = List.copyOf(earlierFailures);
            }
        }

        /**
         * @param reasons each transport's safe reason, prefixed with its name
         * @param refusedCredentials the names of the transports that refused their credentials (e.g. SMTP 535)
         */
        record AllFailed(List<String> reasons, List<String> refusedCredentials) implements Result {
            public AllFailed {
                reasons = List.copyOf(reasons);
                refusedCredentials = List.copyOf(refusedCredentials);
            }

            /** True when a transport refused its credentials: trying again can't help until they change. */
            public boolean authenticationFailed() {
                return !refusedCredentials.isEmpty();
            }
        }
    }

    public Result deliver(InternalMail mail) {
        List<String> failures = new ArrayList<>();
        List<String> refusedCredentials = new ArrayList<>();
        for (OutboundMail transport : transports()) {
            try {
                transport.send(mail);
                return new Result.Delivered(transport.name(), failures);
            } catch (DeliveryException e) {
                failures.add(transport.name() + ": " + e.getMessage());
                if (e.authenticationFailed()) {
                    refusedCredentials.add(transport.name());
                }
            }
        }
        return new Result.AllFailed(failures, refusedCredentials);
    }

    private List<OutboundMail> transports() {
        List<OutboundMail> transports = new ArrayList<>(2);
        Optional.ofNullable(preferred).ifPresent(transports::add);
        Optional.ofNullable(fallback).ifPresent(transports::add);
        return transports;
    }
}
