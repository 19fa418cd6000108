package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.Domains;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundDomains;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.model.SkipReason;
import dev.fundcrm.domain.model.Triage;
import dev.fundcrm.domain.port.out.ContactQuery;
import dev.fundcrm.domain.port.out.Contacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageTriageTest {

    private static final MailboxAccount OWNER = MailboxAccount.of("owner@fund.example", "partner@gmail.com");

    private final ListContacts contacts = new ListContacts();
    private final MessageTriage triage = new MessageTriage(FundDomains.of("fund.example", "fund.vc"), contacts);

    private final Contact jane = contacts.added(new Contact(ContactId.random(), "Jane",
            List.of(EmailAddress.of("jane@lp.example")), List.of(EmailAddress.of("jd@family-office.example")), null));
    private final Contact gmailUser = contacts.added(Contact.of("Gus", "gus.smith@gmail.com"));
    private final Organization lp = contacts.addedOrganization(Organization.of("LP Capital", "lp.example"));

    private static ParsedMessage.Builder message() {
        return ParsedMessage.builder(MessageRef.of("owner@fund.example", "gm-1", "gt-1"))
                .messageId("<m1@lp.example>")
                .subject("Fund III")
                .to(Participant.of("owner@fund.example"));
    }

    private Triage classify(ParsedMessage message, BlockEntry... blocklist) {
        return triage.classify(message, OWNER, List.of(blocklist));
    }

    private static List<Match> matches(Triage verdict) {
        assertThat(verdict).isInstanceOf(Triage.Relevant.class);
        return ((Triage.Relevant) verdict).matches();
    }

    private ProposalTarget janeTarget() {
        return new ProposalTarget.KnownContact(jane.id());
    }

    @Test
    void mailAmongTheFundsDomainsAndTheOwnerIsInternalOnly() {
        ParsedMessage message = message()
                .from(Participant.of("colleague@eu.fund.example"))
                .to(Participant.of("owner@fund.example"), Participant.of("partner@gmail.com"))
                .cc(Participant.of("ops@FUND.vc"))
                .build();

        assertThat(classify(message)).isEqualTo(new Triage.Skip(SkipReason.INTERNAL_ONLY));
    }

    @Test
    void oneOutsideParticipantMakesMailExternal() {
        ParsedMessage message = message()
                .from(Participant.of("colleague@fund.example"))
                .cc(Participant.of("jane@lp.example"))
                .build();

        assertThat(matches(classify(message))).extracting(Match::target).containsExactly(janeTarget());
    }

    @Test
    void mailFromAMachineIsAutomatedEvenWhenAContactIsCopied() {
        ParsedMessage message = message()
                .from(Participant.of("no-reply@lp.example"))
                .cc(Participant.of("jane@lp.example"))
                .build();

        assertThat(classify(message)).isEqualTo(new Triage.Skip(SkipReason.AUTOMATED));
    }

    @Test
    void autoSubmittedNoIsAPersonWriting() {
        ParsedMessage message = message().from(Participant.of("jane@lp.example")).header("Auto-Submitted", "no").build();

        assertThat(matches(classify(message))).hasSize(1);
    }

    @Test
    void mailWithAListHeaderIsAutomated() {
        ParsedMessage message = message().from(Participant.of("jane@lp.example"))
                .header("List-Unsubscribe", "<mailto:leave@lp.example>").build();

        assertThat(classify(message)).isEqualTo(new Triage.Skip(SkipReason.AUTOMATED));
    }

    @Test
    void aBlocklistedSenderSkipsTheWholeMessage() {
        ParsedMessage message = message()
                .from(Participant.of("Spammer@Vendor.example"))
                .cc(Participant.of("jane@lp.example"))
                .build();

        assertThat(classify(message, BlockEntry.parse("spammer+x@vendor.example")))
                .isEqualTo(new Triage.Skip(SkipReason.BLOCKLISTED));
        assertThat(classify(message, BlockEntry.parse("@vendor.example")))
                .isEqualTo(new Triage.Skip(SkipReason.BLOCKLISTED));
    }

    @Test
    void aBlocklistedCcIsJustNotMatched() {
        ParsedMessage message = message()
                .from(Participant.of("jane@lp.example"))
                .cc(Participant.of("gus.smith@gmail.com"), Participant.of("newbie@lp.example"))
                .build();

        List<Match> matches = matches(classify(message, BlockEntry.parse("gussmith@gmail.com"),
                BlockEntry.parse("newbie@lp.example")));

        assertThat(matches).extracting(Match::target).containsExactly(janeTarget());
    }

    @Test
    void mailFromTheOwnerToBlocklistedPeopleOnlyIsBlocklisted() {
        ParsedMessage message = message()
                .from(Participant.of("owner@fund.example"))
                .to(Participant.of("jane@lp.example"))
                .build();

        assertThat(classify(message, BlockEntry.parse("@lp.example"))).isEqualTo(new Triage.Skip(SkipReason.BLOCKLISTED));
    }

    @Test
    void aContactsOwnAddressMatchesExactlyIgnoringCase() {
        Match match = matches(classify(message().from(Participant.of("Jane", "JANE@LP.example")).build())).get(0);

        assertThat(match.target()).isEqualTo(janeTarget());
        assertThat(match.rule()).isEqualTo(MatchRule.EXACT_ADDRESS);
        assertThat(match.role()).isEqualTo(ParticipantRole.FROM);
        assertThat(match.participant().displayName()).isEqualTo("Jane");
    }

    @Test
    void aPlusTagMatchesByNormalizedAddress() {
        Match match = matches(classify(message().from(Participant.of("jane+fund3@lp.example")).build())).get(0);

        assertThat(match.target()).isEqualTo(janeTarget());
        assertThat(match.rule()).isEqualTo(MatchRule.NORMALIZED_ADDRESS);
    }

    @Test
    void gmailDotsAndGooglemailMatchByNormalizedAddress() {
        Match match = matches(classify(message().from(Participant.of("GusSmith+x@googlemail.com")).build())).get(0);

        assertThat(match.target()).isEqualTo(new ProposalTarget.KnownContact(gmailUser.id()));
        assertThat(match.rule()).isEqualTo(MatchRule.NORMALIZED_ADDRESS);
    }

    @Test
    void anAliasLearntInReviewMatchesAsAlias() {
        Match match = matches(classify(message().from(Participant.of("jd@family-office.example")).build())).get(0);

        assertThat(match.target()).isEqualTo(janeTarget());
        assertThat(match.rule()).isEqualTo(MatchRule.ALIAS);
    }

    @Test
    void anUnknownPersonAtAnOrganizationsDomainOrSubdomainIsANewPerson() {
        List<Match> matches = matches(classify(message()
                .from(Participant.of("newbie@lp.example"))
                .cc(Participant.of("analyst@eu.LP.example"))
                .build()));

        assertThat(matches).extracting(Match::target).containsExactly(
                new ProposalTarget.NewPerson(lp.id(), EmailAddress.of("newbie@lp.example")),
                new ProposalTarget.NewPerson(lp.id(), EmailAddress.of("analyst@eu.lp.example")));
        assertThat(matches).extracting(Match::rule).containsOnly(MatchRule.ORGANIZATION_DOMAIN);
    }

    @Test
    void aFreeMailDomainNeverMatchesByOrganization() {
        contacts.addedOrganization(Organization.of("Misfiled", "gmail.com"));

        Triage verdict = classify(message().from(Participant.of("stranger@gmail.com")).build());

        assertThat(verdict).isEqualTo(new Triage.Skip(SkipReason.UNMATCHED));
    }

    @Test
    void aContactAtAFreeMailDomainStillMatchesByAddress() {
        Match match = matches(classify(message().from(Participant.of("gus.smith@gmail.com")).build())).get(0);

        assertThat(match.rule()).isEqualTo(MatchRule.EXACT_ADDRESS);
    }

    @Test
    void eachTargetIsMatchedOnceByItsStrongestRule() {
        List<Match> matches = matches(classify(message()
                .from(Participant.of("jd@family-office.example"))
                .replyTo(Participant.of("jane+lp@lp.example"))
                .cc(Participant.of("Jane@lp.example"), Participant.of("newbie@lp.example"))
                .build()));

        assertThat(matches).hasSize(2);
        assertThat(matches.get(0).target()).isEqualTo(janeTarget());
        assertThat(matches.get(0).rule()).isEqualTo(MatchRule.EXACT_ADDRESS);
        assertThat(matches.get(0).role()).isEqualTo(ParticipantRole.CC);
        assertThat(matches.get(1).rule()).isEqualTo(MatchRule.ORGANIZATION_DOMAIN);
    }

    @Test
    void matchesComeStrongestFirst() {
        List<Match> matches = matches(classify(message()
                .from(Participant.of("newbie@lp.example"))
                .cc(Participant.of("gus.smith+fund@gmail.com"), Participant.of("jane@lp.example"))
                .build()));

        assertThat(matches).extracting(Match::rule).containsExactly(
                MatchRule.EXACT_ADDRESS, MatchRule.NORMALIZED_ADDRESS, MatchRule.ORGANIZATION_DOMAIN);
    }

    @Test
    void mailMatchingNobodyIsUnmatched() {
        Triage verdict = classify(message()
                .from(Participant.of("someone@elsewhere.example"))
                .cc(Participant.of("other@gmail.com"))
                .build());

        assertThat(verdict).isEqualTo(new Triage.Skip(SkipReason.UNMATCHED));
    }

    /** Just enough of the Contacts port for triage: lists, matched by the rules the port promises. */
    private static final class ListContacts implements Contacts {
        private final List<Contact> people = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();

        Contact added(Contact contact) {
            add(contact);
            return contact;
        }

        Organization addedOrganization(Organization organization) {
            addOrganization(organization);
            return organization;
        }

        @Override
        public void add(Contact contact) {
            people.add(contact);
        }

        @Override
        public void addOrganization(Organization organization) {
            organizations.add(organization);
        }

        @Override
        public Contact addAlias(ContactId id, EmailAddress alias) {
            Contact contact = find(id).orElseThrow(() -> new IllegalArgumentException("no contact " + id));
            Contact updated = contact.withAlias(alias);
            people.set(people.indexOf(contact), updated);
            return updated;
        }

        @Override
        public void update(Contact contact) {
            throw new UnsupportedOperationException("triage never updates a contact");
        }

        @Override
        public void updateOrganization(Organization organization) {
            throw new UnsupportedOperationException("triage never updates an organization");
        }

        @Override
        public List<Contact> list(ContactQuery query) {
            throw new UnsupportedOperationException("triage never lists contacts");
        }

        @Override
        public Optional<Contact> find(ContactId id) {
            return people.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Contact> findByAddress(EmailAddress address) {
            return people.stream().filter(c -> c.knows(address)).findFirst();
        }

        @Override
        public Optional<Organization> findOrganization(OrganizationId id) {
            return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Organization> findOrganizationByDomain(String asciiDomain) {
            return organizations.stream()
                    .filter(o -> o.domains().stream().anyMatch(d -> Domains.covers(d, asciiDomain)))
                    .findFirst();
        }

        @Override
        public List<Contact> all() {
            return List.copyOf(people);
        }

        @Override
        public List<Contact> search(String text, int limit) {
            String needle = text.toLowerCase(Locale.ROOT);
            return people.stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle)
                            || c.allAddresses().stream().anyMatch(a -> a.canonical().contains(needle)))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<Organization> organizations() {
            return List.copyOf(organizations);
        }
    }
}
