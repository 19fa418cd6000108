package dev.fundcrm.domain.model;

import java.util.List;
import java.util.Objects;

/** Capture's verdict on a message read at headers level: skip it, or it matches these targets. */
public sealed interface Triage {

    record Skip(SkipReason reason) implements Triage {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** One match per target, strongest evidence first. Never empty. */
    record Relevant(List<Match> matches) implements Triage {
        public Relevant {
            matches = List.copyOf(matches);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("a relevant message has at least one match");
            }
        }
    }
}
