package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FreeMail;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.SkipReason;
import dev.fundcrm.domain.model.Triage;
import dev.fundcrm.domain.port.out.Contacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, from a message's headers alone, whether capture keeps it and whom it concerns.
 *
 * <p>In order: a message among the fund's own domains only is internal; one from a machine is automated;
 * one whose sender is blocklisted is skipped, and blocklisted recipients never match. The other external
 * participants match a contact by exact address, then normalized address (plus tag, gmail dots), then alias;
 * failing that, an organization by domain, except free-mail domains. A message matching nobody is
 * unmatched. Stateless apart from the stores it reads; thread-safe.
 */
public final class MessageTriage {

    private final FundDomains fundDomains;
    private final Contacts contacts;

    public MessageTriage(FundDomains fundDomains, Contacts contacts) {
        this.fundDomains = fundDomains;
        this.contacts = contacts;
    }

    public Triage classify(ParsedMessage message, MailboxAccount account, List<BlockEntry> blocklist) {
        List<Map.Entry<ParticipantRole, Participant>> external = new ArrayList<>();
        for (Map.Entry<ParticipantRole, Participant> entry : message.participants()) {
            EmailAddress address = entry.getValue().address();
            if (!fundDomains.isInternal(address) && !account.isOwnAddress(address)) {
                external.add(entry);
            }
        }
        if (external.isEmpty()) {
            return new Triage.Skip(SkipReason.INTERNAL_ONLY);
        }
        if (AutomatedMail.isAutomated(message)) {
            return new Triage.Skip(SkipReason.AUTOMATED);
        }
        boolean senderBlocked = message.from().stream().anyMatch(p -> isBlocked(p.address(), blocklist));
        if (senderBlocked) {
            return new Triage.Skip(SkipReason.BLOCKLISTED);
        }
        Map<String, Match> byTarget = new LinkedHashMap<>();
        boolean anyUnblocked = false;
        for (Map.Entry<ParticipantRole, Participant> entry : external) {
            Participant participant = entry.getValue();
            if (isBlocked(participant.address(), blocklist)) {
                continue;
            }
            anyUnblocked = true;
            match(participant, entry.getKey()).ifPresent(match -> byTarget.merge(match.target().key(), match,
                    (kept, other) -> other.rule().compareTo(kept.rule()) < 0 ? other : kept));
        }
        if (!anyUnblocked) {
            return new Triage.Skip(SkipReason.BLOCKLISTED);
        }
        if (byTarget.isEmpty()) {
            return new Triage.Skip(SkipReason.UNMATCHED);
        }
        List<Match> matches = new ArrayList<>(byTarget.values());
        matches.sort(Comparator.comparing(Match::rule));
        return new Triage.Relevant(matches);
    }

    /** The strongest match of one participant, if any. */
    public Optional<Match> match(Participant participant, ParticipantRole role) {
        EmailAddress address = participant.address();
        Optional<Contact> contact = contacts.findByAddress(address);
        if (contact.isPresent()) {
            return Optional.of(new Match(new ProposalTarget.KnownContact(contact.get().id()), participant, role,
                    ruleFor(contact.get(), address)));
        }
        if (FreeMail.isFreeMail(address)) {
            return Optional.empty();
        }
        Optional<Organization> organization = contacts.findOrganizationByDomain(address.domain());
        return organization.map(org -> new Match(new ProposalTarget.NewPerson(org.id(), address), participant,
                role, MatchRule.ORGANIZATION_DOMAIN));
    }

    private static MatchRule ruleFor(Contact contact, EmailAddress address) {
        if (contact.addresses().contains(address)) {
            return MatchRule.EXACT_ADDRESS;
        }
        if (contact.addresses().stream().anyMatch(address::sameMailboxAs)) {
            return MatchRule.NORMALIZED_ADDRESS;
        }
        return MatchRule.ALIAS;
    }

    private static boolean isBlocked(EmailAddress address, List<BlockEntry> blocklist) {
        return blocklist.stream().anyMatch(entry -> entry.blocks(address));
    }
}
