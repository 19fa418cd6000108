package dev.fundcrm.gmail.fake;

import java.util.List;
import java.util.Optional;

/** A Gmail API call after routing, faults and authorization: refused outright, or ready to run for a mailbox. */
sealed interface Preparation {

    record Refused(ApiResponse response) implements Preparation {
    }

    /**
     * A call allowed to run. {@code pathParameters} are the ids after the user in the path; {@code metadataOnly}
     * says the token's only fitting scope is {@code gmail.metadata}.
     */
    record Ready(Route route, List<String> pathParameters, ApiCall call, FakeMailbox mailbox, boolean metadataOnly,
            Optional<Fault> fault) implements Preparation {
        public Ready {
            pathParameters = List.copyOf(pathParameters);
        }

        String user() {
            return mailbox.address();
        }
    }
}
