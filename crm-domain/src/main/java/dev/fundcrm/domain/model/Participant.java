package dev.fundcrm.domain.model;

import java.util.Objects;

/**
 * An address as it stood in a message header, with its display name ("" when there was none).
 */
public record Participant(EmailAddress address, String displayName) {

    public Participant {
        Objects.requireNonNull(address, "address");
        displayName = displayName == null ? "" : displayName.strip();
    }

    public static Participant of(String address) {
        return new Participant(EmailAddress.of(address), "");
    }

    public static Participant of(String displayName, String address) {
        return new Participant(EmailAddress.of(address), displayName);
    }

    /** {@code Jane Doe <jane@acme.com>}, or the bare address without a display name. For display only. */
    @Override
    public String toString() {
        return displayName.isEmpty() ? address.value() : displayName + " <" + address.value() + ">";
    }
}
