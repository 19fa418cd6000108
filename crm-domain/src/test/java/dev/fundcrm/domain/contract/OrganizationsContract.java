package dev.fundcrm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.out.AddressTakenException;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Contacts} promises about organizations and their domains. */
public abstract class OrganizationsContract {

    private Contacts contacts;

    /** A fresh, empty set of stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void freshStores() {
        contacts = newStores().contacts();
    }

    @Test
    void findsAnOrganizationByItsDomainAndItsSubdomains() {
        Organization acme = added(Organization.of("Acme", "acme.example", "acme-capital.example"));

        assertThat(contacts.findOrganizationByDomain("acme.example")).contains(acme);
        assertThat(contacts.findOrganizationByDomain("eu.mail.acme.example")).contains(acme);
        assertThat(contacts.findOrganizationByDomain("acme-capital.example")).contains(acme);
        assertThat(contacts.findOrganizationByDomain("notacme.example")).isEmpty();
        assertThat(contacts.findOrganizationByDomain("example")).isEmpty();
    }

    @Test
    void theMostSpecificOwningDomainWins() {
        Organization group = added(Organization.of("Acme Group", "acme.example"));
        Organization europe = added(Organization.of("Acme Europe", "eu.acme.example"));

        assertThat(contacts.findOrganizationByDomain("paris.eu.acme.example")).contains(europe);
        assertThat(contacts.findOrganizationByDomain("eu.acme.example")).contains(europe);
        assertThat(contacts.findOrganizationByDomain("us.acme.example")).contains(group);
    }

    @Test
    void refusesAnOrganizationWithADomainThatBelongsToAnother() {
        Organization acme = added(Organization.of("Acme", "acme.example"));
        Organization copycat = Organization.of("Copycat", "copycat.example", "ACME.example");

        assertThatThrownBy(() -> contacts.addOrganization(copycat))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.organizations()).containsExactly(acme);
        assertThat(contacts.findOrganizationByDomain("copycat.example")).isEmpty();
    }

    @Test
    void findOrganizationsGivesEachExistingOneOnceWithItsDomains() {
        Organization acme = added(Organization.of("Acme", "acme.example", "acme-capital.example"));
        Organization globex = added(Organization.of("Globex", "globex.example"));
        added(Organization.of("Initech", "initech.example"));

        assertThat(contacts.findOrganizations(List.of(globex.id(), OrganizationId.random(), acme.id(), acme.id())))
                .containsExactlyInAnyOrder(acme, globex);
        assertThat(contacts.findOrganizations(List.of())).isEmpty();
    }

    @Test
    void anUnknownIdOrDomainFindsNothing() {
        added(Organization.of("Acme", "acme.example"));

        assertThat(contacts.findOrganization(OrganizationId.random())).isEmpty();
        assertThat(contacts.findOrganizationByDomain("other.example")).isEmpty();
    }

    @Test
    void listsOrganizationsByNameThenIdInTextOrder() {
        Organization late = added(new Organization(new OrganizationId(UUID.fromString(
                "90000000-0000-0000-0000-000000000000")), "Beta", Set.of("beta-one.example")));
        Organization early = added(new Organization(new OrganizationId(UUID.fromString(
                "20000000-0000-0000-0000-000000000000")), "Beta", Set.of("beta-two.example")));
        Organization alpha = added(Organization.of("Alpha", "alpha.example"));

        assertThat(contacts.organizations()).containsExactly(alpha, early, late);
    }

    @Test
    void anUpdateRenamesAndReplacesTheDomains() {
        Organization acme = added(Organization.of("Acme", "acme.example", "old-acme.example"));
        Organization renamed = new Organization(acme.id(), "Acme Capital", Set.of("acme.example", "acme-capital.example"));

        contacts.updateOrganization(renamed);

        assertThat(contacts.findOrganization(acme.id())).contains(renamed);
        assertThat(contacts.findOrganizationByDomain("eu.acme-capital.example")).contains(renamed);
        assertThat(contacts.findOrganizationByDomain("old-acme.example")).isEmpty();
    }

    @Test
    void aDomainAnUpdateRemovedIsFreeForAnotherOrganization() {
        Organization acme = added(Organization.of("Acme", "acme.example", "shared.example"));
        contacts.updateOrganization(new Organization(acme.id(), "Acme", Set.of("acme.example")));

        Organization other = added(Organization.of("Other", "shared.example"));

        assertThat(contacts.findOrganizationByDomain("shared.example")).contains(other);
    }

    @Test
    void anUpdateTakingAnotherOrganizationsDomainIsRefusedAndChangesNothing() {
        Organization acme = added(Organization.of("Acme", "acme.example"));
        added(Organization.of("Globex", "globex.example"));

        assertThatThrownBy(() -> contacts.updateOrganization(
                new Organization(acme.id(), "Acme Globex", Set.of("acme.example", "GLOBEX.example"))))
                .isInstanceOf(AddressTakenException.class);
        assertThat(contacts.findOrganization(acme.id())).contains(acme);
        assertThat(contacts.findOrganizationByDomain("acme.example")).contains(acme);
    }

    @Test
    void updatingAnUnknownOrganizationIsRefused() {
        assertThatThrownBy(() -> contacts.updateOrganization(Organization.of("Ghost", "ghost.example")))
                .isInstanceOf(UnknownRecordException.class);
        assertThat(contacts.findOrganizationByDomain("ghost.example")).isEmpty();
    }

    private Organization added(Organization organization) {
        contacts.addOrganization(organization);
        return organization;
    }
}
