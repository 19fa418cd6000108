package dev.fundcrm.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Parsing and deriving the UUIDs behind the id records. */
final class Uuids {

    private Uuids() {
    }

    static UUID parse(String what, String text) {
        try {
            UUID uuid = UUID.fromString(text == null ? "" : text.strip());
            if (!uuid.toString().equalsIgnoreCase(text.strip())) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed " + what + ": '" + text + "' is not a UUID", e);
        }
    }

    /** A name-based UUID: the same name gives the same id on every instance, which makes inserts idempotent. */
    static UUID derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
