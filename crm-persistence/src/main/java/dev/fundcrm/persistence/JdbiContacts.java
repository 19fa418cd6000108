package dev.fundcrm.persistence;

import static dev.fundcrm.persistence.Columns.text;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.ContactQuery;
import dev.fundcrm.domain.port.out.Contacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Contacts and organizations in SQL; the normalized address and the domain are primary keys. Thread-safe. */
final class JdbiContacts implements Contacts {

    private final Jdbi jdbi;

    JdbiContacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Contact contact) {
        inTransaction("add a contact", handle -> {
            handle.createUpdate("INSERT INTO contacts (id, name, organization_id) VALUES (:id, :name, CAST(:org AS UUID))")
                    .bind("id", contact.id().value())
                    .bind("name", text(contact.name()))
                    .bindByType("org", contact.organizationId().map(OrganizationId::value).orElse(null), UUID.class)
                    .execute();
            insertAddresses(handle, contact.id(), "GIVEN", contact.addresses(), 0);
            insertAddresses(handle, contact.id(), "ALIAS", contact.aliases(), 0);
            return null;
        });
    }

    @Override
    public void addOrganization(Organization organization) {
        inTransaction("add an organization", handle -> {
            handle.createUpdate("INSERT INTO organizations (id, name) VALUES (:id, :name)")
                    .bind("id", organization.id().value())
                    .bind("name", text(organization.name()))
                    .execute();
            insertDomains(handle, organization);
            return null;
        });
    }

    @Override
    public Contact addAlias(ContactId contactId, EmailAddress alias) {
        return inTransaction("add an alias", handle -> {
            Contact contact = load(handle, contactId.value())
                    .orElseThrow(() -> new IllegalArgumentException("no contact " + contactId));
            if (contact.knows(alias)) {
                return contact;
            }
            insertAddresses(handle, contactId, "ALIAS", List.of(alias), contact.aliases().size());
            return contact.withAlias(alias);
        });
    }

    @Override
    public void update(Contact contact) {
        inTransaction("update a contact", handle -> {
            int updated = handle.createUpdate("UPDATE contacts SET name = :name, organization_id = CAST(:org AS UUID)"
                            + " WHERE id = :id")
                    .bind("id", contact.id().value())
                    .bind("name", text(contact.name()))
                    .bindByType("org", contact.organizationId().map(OrganizationId::value).orElse(null), UUID.class)
                    .execute();
            if (updated == 0) {
                throw new UnknownRecordException("contact " + contact.id());
            }
            handle.createUpdate("DELETE FROM contact_addresses WHERE contact_id = :id")
                    .bind("id", contact.id().value())
                    .execute();
            insertAddresses(handle, contact.id(), "GIVEN", contact.addresses(), 0);
            insertAddresses(handle, contact.id(), "ALIAS", contact.aliases(), 0);
            return null;
        });
    }

    @Override
    public void updateOrganization(Organization organization) {
        inTransaction("update an organization", handle -> {
            int updated = handle.createUpdate("UPDATE organizations SET name = :name WHERE id = :id")
                    .bind("id", organization.id().value())
                    .bind("name", text(organization.name()))
                    .execute();
            if (updated == 0) {
                throw new UnknownRecordException("organization " + organization.id());
            }
            handle.createUpdate("DELETE FROM organization_domains WHERE organization_id = :id")
                    .bind("id", organization.id().value())
                    .execute();
            insertDomains(handle, organization);
            return null;
        });
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return read("find a contact", handle -> load(handle, id.value()));
    }

    @Override
    public Optional<Contact> findByAddress(EmailAddress address) {
        return read("find a contact by address", handle -> handle
                .createQuery("SELECT contact_id FROM contact_addresses WHERE normalized = :normalized")
                .bind("normalized", address.normalized())
                .mapTo(UUID.class)
                .findOne()
                .flatMap(id -> load(handle, id)));
    }

    @Override
    public Optional<Organization> findOrganization(OrganizationId id) {
        return read("find an organization", handle -> loadOrganizations(handle,
                "SELECT id, name FROM organizations WHERE id = :id", Map.of("id", id.value())).stream().findFirst());
    }

    /** Two reads for all the ids (contacts, then their addresses), instead of two per id. */
    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> values = ids.stream().map(ContactId::value).distinct().toList();
        return read("find contacts", handle -> loadContacts(handle,
                "SELECT id, name, organization_id FROM contacts WHERE id IN (<ids>)", Map.of("ids", values)));
    }

    /** Two reads for all the ids (organizations, then their domains), instead of two per id. */
    @Override
    public List<Organization> findOrganizations(Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> values = ids.stream().map(OrganizationId::value).distinct().toList();
        return read("find organizations", handle -> loadOrganizations(handle,
                "SELECT id, name FROM organizations WHERE id IN (<ids>)", Map.of("ids", values)));
    }

    @Override
    public Optional<Organization> findOrganizationByDomain(String asciiDomain) {
        List<String> candidates = new ArrayList<>();
        String domain = asciiDomain.toLowerCase(Locale.ROOT);
        while (domain.contains(".")) {
            candidates.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return read("find an organization by domain", handle -> handle
                .createQuery("SELECT organization_id FROM organization_domains WHERE domain IN (<domains>)"
                        + " ORDER BY LENGTH(domain) DESC")
                .bindList("domains", candidates)
                .mapTo(UUID.class)
                .findFirst()
                .flatMap(id -> findOrganization(new OrganizationId(id))));
    }

    @Override
    public List<Contact> all() {
        return read("list contacts", handle -> loadContacts(handle,
                "SELECT id, name, organization_id FROM contacts ORDER BY name, id", Map.of()));
    }

    @Override
    public List<Contact> search(String text, int limit) {
        String pattern = likePattern(text);
        return read("search contacts", handle -> loadContacts(handle,
                "SELECT id, name, organization_id FROM contacts c WHERE LOWER(c.name) LIKE :pattern ESCAPE '!'"
                        + " OR EXISTS (SELECT 1 FROM contact_addresses a WHERE a.contact_id = c.id"
                        + " AND LOWER(a.address) LIKE :pattern ESCAPE '!') ORDER BY name, id LIMIT " + limit,
                Map.of("pattern", pattern)));
    }

    @Override
    public List<Contact> list(ContactQuery query) {
        StringBuilder sql = new StringBuilder("SELECT id, name, organization_id FROM contacts c WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!query.text().isEmpty()) {
            sql.append(" AND (LOWER(c.name) LIKE :pattern ESCAPE '!' OR EXISTS (SELECT 1 FROM contact_addresses a")
                    .append(" WHERE a.contact_id = c.id AND LOWER(a.address) LIKE :pattern ESCAPE '!'))");
            params.put("pattern", likePattern(query.text()));
        }
        if (query.hasPosition()) {
            sql.append(" AND (c.name > :afterName OR (c.name = :afterName AND c.id > :afterId))");
            params.put("afterName", query.afterName());
            params.put("afterId", query.afterId().value());
        }
        sql.append(" ORDER BY name, id LIMIT ").append(query.limit());
        return read("list contacts", handle -> loadContacts(handle, sql.toString(), params));
    }

    @Override
    public List<Organization> organizations() {
        return read("list organizations", handle -> loadOrganizations(handle,
                "SELECT id, name FROM organizations ORDER BY name, id", Map.of()));
    }

    /** A LIKE pattern for "contains the text, ignoring case", with {@code !} escaping the wildcards. */
    private static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void insertDomains(Handle handle, Organization organization) {
        for (String domain : organization.domains()) {
            handle.createUpdate("INSERT INTO organization_domains (domain, organization_id) VALUES (:domain, :id)")
                    .bind("domain", domain)
                    .bind("id", organization.id().value())
                    .execute();
        }
    }

    private static void insertAddresses(Handle handle, ContactId contact, String kind, List<EmailAddress> addresses,
                                        int firstPosition) {
        Set<String> seen = new LinkedHashSet<>();
        int position = firstPosition;
        for (EmailAddress address : addresses) {
            if (!seen.add(address.normalized())) {
                continue;
            }
            try {
                handle.createUpdate("INSERT INTO contact_addresses (normalized, contact_id, address, kind, position)"
                                + " VALUES (:normalized, :contact, :address, :kind, :position)")
                        .bind("normalized", address.normalized())
                        .bind("contact", contact.value())
                        .bind("address", address.value())
                        .bind("kind", kind)
                        .bind("position", position++)
                        .execute();
            } catch (JdbiException e) {
                if (Failures.isUniqueViolation(e)) {
                    throw new AddressTakenException("the address " + address);
                }
                throw e;
            }
        }
    }

    private static Optional<Contact> load(Handle handle, UUID id) {
        return loadContacts(handle, "SELECT id, name, organization_id FROM contacts WHERE id = :id", Map.of("id", id))
                .stream().findFirst();
    }

    private static List<Contact> loadContacts(Handle handle, String sql, Map<String, ?> params) {
        Map<UUID, ContactRow> rows = new LinkedHashMap<>();
        QueryBinding.bind(handle.createQuery(sql), params).map((rs, ctx) -> new ContactRow(Columns.uuid(rs, "id"),
                        rs.getString("name"), Columns.uuid(rs, "organization_id")))
                .forEach(row -> rows.put(row.id(), row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EmailAddress>> given = new LinkedHashMap<>();
        Map<UUID, List<EmailAddress>> aliases = new LinkedHashMap<>();
        handle.createQuery("SELECT contact_id, address, kind FROM contact_addresses WHERE contact_id IN (<ids>)"
                        + " ORDER BY contact_id, kind, position")
                .bindList("ids", List.copyOf(rows.keySet()))
                .map((rs, ctx) -> {
                    UUID contact = Columns.uuid(rs, "contact_id");
                    Map<UUID, List<EmailAddress>> target = "GIVEN".equals(rs.getString("kind")) ? given : aliases;
                    target.computeIfAbsent(contact, c -> new ArrayList<>()).add(EmailAddress.of(rs.getString("address")));
                    return contact;
                })
                .list();
        return rows.values().stream()
                .map(row -> new Contact(new ContactId(row.id()), row.name(), given.getOrDefault(row.id(), List.of()),
                        aliases.getOrDefault(row.id(), List.of()),
                        row.organization() == null ? null : new OrganizationId(row.organization())))
                .toList();
    }

    private static List<Organization> loadOrganizations(Handle handle, String sql, Map<String, ?> params) {
        Map<UUID, String> names = new LinkedHashMap<>();
        QueryBinding.bind(handle.createQuery(sql), params)
                .map((rs, ctx) -> names.put(Columns.uuid(rs, "id"), rs.getString("name")))
                .list();
        if (names.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<String>> domains = new LinkedHashMap<>();
        handle.createQuery("SELECT organization_id, domain FROM organization_domains WHERE organization_id IN (<ids>)")
                .bindList("ids", List.copyOf(names.keySet()))
                .map((rs, ctx) -> domains.computeIfAbsent(Columns.uuid(rs, "organization_id"),
                        id -> new LinkedHashSet<>()).add(rs.getString("domain")))
                .list();
        return names.entrySet().stream()
                .map(e -> new Organization(new OrganizationId(e.getKey()), e.getValue(),
                        domains.getOrDefault(e.getKey(), Set.of())))
                .toList();
    }

    private <T> T read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        return Failures.translate(what, () -> jdbi.withHandle(callback));
    }

    private <T> T inTransaction(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        try {
            return Failures.translate(what, () -> jdbi.inTransaction(callback));
        } catch (dev.fundcrm.domain.port.out.StoreException e) {
            if (!(e instanceof AddressTakenException) && Failures.isUniqueViolation(e)) {
                throw new AddressTakenException("a domain or address of it");
            }
            throw e;
        }
    }

    private record ContactRow(UUID id, String name, UUID organization) {
    }
}
