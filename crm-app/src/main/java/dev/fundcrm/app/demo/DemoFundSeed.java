package dev.fundcrm.app.demo;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.out.Stores;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The demo's fund, Northwind Ventures (northwind.vc, northwind-capital.com): two team mailboxes with send-as
 * aliases, two admins, six LP organizations with their domains, eight LP contacts (one on free mail, several
 * with non-ASCII names) and a blocklist. The demo mbox ({@code demo/*.mbox}) is written for exactly these.
 */
public final class DemoFundSeed {

    public static final List<String> FUND_DOMAINS = List.of("northwind.vc", "northwind-capital.com");
    public static final String ALICE = "alice@northwind.vc";
    public static final String ALICE_ALIAS = "alice.smith@northwind-capital.com";
    public static final String BOB = "bob@northwind.vc";
    public static final String BOB_ALIAS = "bob.jones@northwind-capital.com";
    public static final String CAROL = "carol@northwind.vc";

    /** One line per organization: name, then its domains. */
    static final List<List<String>> ORGANIZATIONS = List.of(
            List.of("Acme Pension Fund", "acmepension.com"),
            List.of("Globex Family Office", "globex.com"),
            List.of("Initech Endowment", "initech.edu"),
            List.of("Umbrella Sovereign Wealth Fund", "umbrella-swf.example"),
            List.of("Müller Familienstiftung", "mueller-stiftung.de"),
            List.of("Nordlys Pensjonskasse", "nordlys.no"));

    /** One contact per line: name, organization (1-based, 0 for none), addresses; {@code ~} marks an alias. */
    static final List<List<String>> CONTACTS = List.of(
            List.of("Jane Doe", "1", "jane.doe@acmepension.com"),
            List.of("Raj Patel", "2", "raj@globex.com", "~raj.patel@gmail.com"),
            List.of("Tom Lee", "3", "tom@initech.edu"),
            List.of("María García", "0", "maria.garcia@gmail.com"),
            List.of("Zoë Müller", "5", "zoe.mueller@mueller-stiftung.de"),
            List.of("Søren Dahl", "6", "soren@nordlys.no"),
            List.of("李伟 (Li Wei)", "4", "li.wei@umbrella-swf.example"),
            List.of("Amélie Laurent", "1", "amelie.laurent@acmepension.com"));

    public static final List<String> BLOCKLIST = List.of("@spam-vendor.com", "doctor@clinic.example");

    private DemoFundSeed() {
    }

    public static List<MailboxAccount> mailboxes() {
        return List.of(MailboxAccount.of(ALICE, ALICE_ALIAS), MailboxAccount.of(BOB, BOB_ALIAS));
    }

    /** The LP contacts' primary addresses, by the order of {@link #CONTACTS}. */
    public static List<String> contactAddresses() {
        return CONTACTS.stream().map(line -> line.get(2)).toList();
    }

    /** Writes the fund into empty stores: organizations, contacts, admins, mailboxes, blocklist. */
    public static void seed(Stores stores) {
        for (int i = 0; i < ORGANIZATIONS.size(); i++) {
            List<String> line = ORGANIZATIONS.get(i);
            stores.contacts().addOrganization(new Organization(organization(i + 1), line.get(0),
                    Set.copyOf(line.subList(1, line.size()))));
        }
        for (int i = 0; i < CONTACTS.size(); i++) {
            List<String> line = CONTACTS.get(i);
            int organization = Integer.parseInt(line.get(1));
            List<String> all = line.subList(2, line.size());
            stores.contacts().add(new Contact(new ContactId(new UUID(0xDE30_0000_0000_0000L, i + 1L)), line.get(0),
                    addresses(all.stream().filter(a -> !a.startsWith("~")).toList()),
                    addresses(all.stream().filter(a -> a.startsWith("~")).map(a -> a.substring(1)).toList()),
                    organization == 0 ? null : organization(organization)));
        }
        stores.admins().activate(EmailAddress.of(ALICE));
        stores.admins().activate(EmailAddress.of(BOB));
        mailboxes().forEach(stores.mailboxes()::register);
        BLOCKLIST.forEach(entry -> stores.blocklist().add(BlockEntry.parse(entry)));
    }

    private static OrganizationId organization(int number) {
        return new OrganizationId(new UUID(0xDE30_0000_0000_0001L, number));
    }

    private static List<EmailAddress> addresses(List<String> values) {
        return values.stream().map(EmailAddress::of).toList();
    }
}
