package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.UUID;

public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    public static ContactId parse(String text) {
        return new ContactId(Uuids.parse("contact id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
