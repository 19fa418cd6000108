package dev.fundcrm.domain.port.out;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The CRM's people and organizations. An address (given or alias, by its normalized form) belongs to at most
 * one contact; a domain to at most one organization. Thread-safe.
 */
public interface Contacts {

    /**
     * Adds a new contact.
     *
     * @throws AddressTakenException if one of its addresses already reaches another contact
     */
    void add(Contact contact);

    /**
     * Adds an organization.
     *
     * @throws AddressTakenException if one of its domains already belongs to another organization
     */
    void addOrganization(Organization organization);

    /**
     * Adds an alias to a contact; adding one it already has changes nothing.
     *
     * @throws AddressTakenException if the alias reaches another contact
     * @throws IllegalArgumentException if there is no such contact
     */
    Contact addAlias(ContactId contact, EmailAddress alias);

    /**
     * Replaces a contact's name, organization, addresses and aliases with the given contact's (same id).
     * All or nothing.
     *
     * @throws AddressTakenException if one of its addresses reaches another contact; nothing changes
     * @throws dev.fundcrm.domain.model.UnknownRecordException if there is no contact with its id
     */
    void update(Contact contact);

    /**
     * Replaces an organization's name and domains with the given organization's (same id). A removed domain is
     * free for another organization afterwards. All or nothing.
     *
     * @throws AddressTakenException if one of its domains belongs to another organization; nothing changes
     * @throws dev.fundcrm.domain.model.UnknownRecordException if there is no organization with its id
     */
    void updateOrganization(Organization organization);

    Optional<Contact> find(ContactId id);

    /** The contact one of whose addresses or aliases has the address's normalized form. */
    Optional<Contact> findByAddress(EmailAddress address);

    Optional<Organization> findOrganization(OrganizationId id);

    /**
     * {@link #find} for many ids at once (the contacts of a page of the review queue): the contacts that exist,
     * each once, in no particular order. Stores should answer it in a few reads; this default asks id by id.
     */
    default List<Contact> findAll(Collection<ContactId> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    /** {@link #findOrganization} for many ids at once, as {@link #findAll} is for contacts. */
    default List<Organization> findOrganizations(Collection<OrganizationId> ids) {
        return ids.stream().distinct().map(this::findOrganization).flatMap(Optional::stream).toList();
    }

    /** The organization owning this domain (ASCII), or the nearest parent domain of it that one owns. */
    Optional<Organization> findOrganizationByDomain(String asciiDomain);

    /** All contacts, by name then id. */
    List<Contact> all();

    /** Contacts whose name or an address contains the text, ignoring case; at most {@code limit}, by name. */
    List<Contact> search(String text, int limit);

    /** One page of contacts in list order, filtered and positioned as the query says (see {@link ContactQuery}). */
    List<Contact> list(ContactQuery query);

    /** All organizations, by name then id. */
    List<Organization> organizations();
}
