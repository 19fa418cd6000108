package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.UnknownRecordException;
import dev.fundcrm.domain.port.in.CreateOrganization;
import dev.fundcrm.domain.port.in.EditOrganization;
import dev.fundcrm.domain.port.in.EditOrganization.AddDomain;
import dev.fundcrm.domain.port.in.EditOrganization.Change;
import dev.fundcrm.domain.port.in.EditOrganization.RemoveDomain;
import dev.fundcrm.domain.port.in.EditOrganization.Rename;
import dev.fundcrm.domain.port.out.BackfillRequests;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organizations' use cases with their rules: a name, mail domains with a dot, a domain owned by one
 * organization (the store enforces it); every change audited under the organization's id; every added domain
 * backfilled through {@link BackfillRequests} after the change is stored. Thread-safe as its stores are.
 */
public final class OrganizationDirectory implements CreateOrganization, EditOrganization {

    private final Contacts contacts;
    private final DirectoryRules rules;

    public OrganizationDirectory(Stores stores, BackfillRequests backfills, Clock clock) {
        this.contacts = stores.contacts();
        this.rules = new DirectoryRules(stores.auditLog(), backfills, clock);
    }

    @Override
    public Organization create(CreateOrganization.Command command) {
        String name = DirectoryRules.name("an organization", command.name(), true);
        Set<String> domains = new LinkedHashSet<>();
        command.domains().forEach(domain -> domains.add(DirectoryRules.domain(domain)));
        Organization organization = new Organization(OrganizationId.random(), name, domains);
        contacts.addOrganization(organization);
        rules.audit(command.actor(), "organization.created", organization.id().toString(), String.join(", ", domains));
        rules.backfill(List.of(), List.copyOf(domains));
        return organization;
    }

    @Override
    public Organization edit(EditOrganization.Command command) {
        Organization organization = contacts.findOrganization(command.organization())
                .orElseThrow(() -> new UnknownRecordException("organization " + command.organization()));
        String name = organization.name();
        Set<String> domains = new LinkedHashSet<>(organization.domains());
        for (Change change : command.changes()) {
            if (change instanceof Rename rename) {
                name = DirectoryRules.name("an organization", rename.name(), true);
            } else if (change instanceof AddDomain add) {
                domains.add(DirectoryRules.domain(add.domain()));
            } else if (change instanceof RemoveDomain remove) {
                domains.remove(DirectoryRules.domain(remove.domain()));
            }
        }
        Organization updated = new Organization(organization.id(), name, domains);
        if (updated.equals(organization)) {
            return organization;
        }
        contacts.updateOrganization(updated);
        rules.audit(command.actor(), "organization.updated", organization.id().toString(),
                command.changes().stream().map(Object::toString).collect(Collectors.joining("; ")));
        List<String> added = new ArrayList<>(domains);
        added.removeAll(organization.domains());
        rules.backfill(List.of(), added);
        return updated;
    }
}
