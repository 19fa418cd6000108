package dev.fundcrm.domain.embedding;

import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What fundcrm knows about the directory's records and the directory does not hold: which domain id stands
 * for which person or company, and which of a person's emails review learnt as aliases.
 *
 * <p>Records the directory made itself get derived ids and need no row here: person 1001 is
 * {@code 0d1ec700-0000-0000-0000-0000000003e9} (the id in the low 64 bits, so it reads back without a lookup),
 * company {@code ACME} is the name-based UUID of {@code "partner-directory company ACME"}. Records fundcrm
 * added keep the id fundcrm chose, linked here. A production adapter would keep this table in the host's
 * database, next to the directory; in memory it is lost on restart. Not thread-safe: its adapter guards it.
 */
final class DirectoryKeys {

    private static final long PERSON_PREFIX = 0x0D1E_C700_0000_0000L;

    private final Map<ContactId, Long> personByContact = new HashMap<>();
    private final Map<Long, ContactId> contactByPerson = new HashMap<>();
    private final Map<OrganizationId, String> codeByOrganization = new HashMap<>();
    private final Map<String, OrganizationId> organizationByCode = new HashMap<>();
    private final Map<Long, Set<EmailAddress>> aliasesByPerson = new HashMap<>();

    ContactId contactId(long personId) {
        ContactId linked = contactByPerson.get(personId);
        return linked != null ? linked : new ContactId(new UUID(PERSON_PREFIX, personId));
    }

    /** The person the id stands for, if any; whether that person still exists is the directory's to say. */
    Optional<Long> personId(ContactId id) {
        Long linked = personByContact.get(id);
        if (linked != null) {
            return Optional.of(linked);
        }
        long derived = id.value().getLeastSignificantBits();
        boolean derivable = id.value().getMostSignificantBits() == PERSON_PREFIX;
        return derivable && !contactByPerson.containsKey(derived) ? Optional.of(derived) : Optional.empty();
    }

    OrganizationId organizationId(String companyCode) {
        OrganizationId linked = organizationByCode.get(companyCode);
        if (linked != null) {
            return linked;
        }
        byte[] name = ("partner-directory company " + companyCode).getBytes(StandardCharsets.UTF_8);
        return new OrganizationId(UUID.nameUUIDFromBytes(name));
    }

    /** The code linked to a fundcrm-made organization; a derived id is not here (see the class comment). */
    Optional<String> linkedCode(OrganizationId id) {
        return Optional.ofNullable(codeByOrganization.get(id));
    }

    /** @throws IllegalArgumentException for an id in the range derived ids use, which would read back wrong */
    void link(ContactId contact, long personId) {
        if (contact.value().getMostSignificantBits() == PERSON_PREFIX) {
            throw new IllegalArgumentException("contact id " + contact + " is reserved for the directory's people");
        }
        personByContact.put(contact, personId);
        contactByPerson.put(personId, contact);
    }

    void link(OrganizationId organization, String companyCode) {
        codeByOrganization.put(organization, companyCode);
        organizationByCode.put(companyCode, organization);
    }

    Set<EmailAddress> aliases(long personId) {
        return Set.copyOf(aliasesByPerson.getOrDefault(personId, Set.of()));
    }

    void setAliases(long personId, Set<EmailAddress> aliases) {
        aliasesByPerson.put(personId, new LinkedHashSet<>(aliases));
    }

    void addAlias(long personId, EmailAddress alias) {
        aliasesByPerson.computeIfAbsent(personId, id -> new LinkedHashSet<>()).add(alias);
    }
}
