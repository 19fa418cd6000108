package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Match;
import dev.fundcrm.domain.model.MatchRule;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.ParticipantRole;
import dev.fundcrm.domain.model.ProposalTarget;
import java.util.SplittableRandom;

/**
 * Who is in the synthetic mail: the fund's contacts (4 matches in 5), new people at an LP's domain (1 in 5), and
 * 50,000 outsiders. A few contacts and organizations get most of the mail, as in a real fund. Immutable.
 */
final class SyntheticPeople {

    private final SyntheticFund fund;

    SyntheticPeople(SyntheticFund fund) {
        this.fund = fund;
    }

    /** What capture's triage would match in a message where the matched person stood in the given header. */
    Match match(SplittableRandom random, ParticipantRole role) {
        if (random.nextDouble() < 0.8) {
            Contact contact = fund.contact(skewed(random, fund.contacts().size()));
            return new Match(new ProposalTarget.KnownContact(contact.id()),
                    new Participant(contact.addresses().get(0), contact.name()), role, MatchRule.EXACT_ADDRESS);
        }
        Organization organization = fund.organization(skewed(random, fund.organizations().size()));
        EmailAddress person = EmailAddress.of("new.person" + random.nextInt(1_000) + "@"
                + organization.domains().iterator().next());
        return new Match(new ProposalTarget.NewPerson(organization.id(), person), new Participant(person, ""), role,
                MatchRule.ORGANIZATION_DOMAIN);
    }

    static Participant someone(SplittableRandom random) {
        int person = random.nextInt(50_000);
        return Participant.of("Person " + person, "person" + person + "@company" + person % 5_000 + ".example");
    }

    /** Index n * u^2 for a uniform u: the first few of n get most draws. */
    private static int skewed(SplittableRandom random, int count) {
        double draw = random.nextDouble();
        return (int) (count * draw * draw);
    }
}
