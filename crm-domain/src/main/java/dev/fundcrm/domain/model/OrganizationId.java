package dev.fundcrm.domain.model;

import java.util.Objects;
import java.util.UUID;

public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    public static OrganizationId parse(String text) {
        return new OrganizationId(Uuids.parse("organization id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
