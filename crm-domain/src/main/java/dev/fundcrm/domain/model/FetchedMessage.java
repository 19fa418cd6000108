package dev.fundcrm.domain.model;

import java.util.Objects;

/** What reading one message from a mailbox gave: the message, a reason it can't be parsed, or nothing. */
public sealed interface FetchedMessage {

    MessageRef ref();

    record Parsed(ParsedMessage message) implements FetchedMessage {
        public Parsed {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public MessageRef ref() {
            return message.ref();
        }
    }

    /** The source could not parse it; {@code partial} is what could be read of its headers, if anything. */
    record Unparseable(MessageRef ref, String reason, String partial) implements FetchedMessage {
        public Unparseable {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /** It was deleted between listing and reading. */
    record Vanished(MessageRef ref) implements FetchedMessage {
        public Vanished {
            Objects.requireNonNull(ref, "ref");
        }
    }
}
