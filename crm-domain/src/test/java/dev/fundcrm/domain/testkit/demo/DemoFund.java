package dev.fundcrm.domain.testkit.demo;

import dev.fundcrm.domain.model.BlockEntry;
import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.ContactId;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.FundSettings;
import dev.fundcrm.domain.model.MailboxAccount;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.OrganizationId;
import dev.fundcrm.domain.port.out.Stores;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A small fund for tests and the demo: Northwind Ventures (northwind.vc, northwind-capital.com), two team
 * mailboxes, three LP organizations, four LP contacts, two admins and a blocklist. Ids are fixed so that
 * tests can name them.
 */
public final class DemoFund {

    public static final String ALICE = "alice@northwind.vc";
    public static final String ALICE_ALIAS = "alice.smith@northwind-capital.com";
    public static final String BOB = "bob@northwind.vc";
    public static final String BOB_ALIAS = "bob.jones@northwind-capital.com";
    public static final String CAROL = "carol@northwind.vc";

    public static final OrganizationId ACME = id(OrganizationId.class, 1);
    public static final OrganizationId GLOBEX = id(OrganizationId.class, 2);
    public static final OrganizationId INITECH = id(OrganizationId.class, 3);

    public static final ContactId JANE = id(ContactId.class, 11);
    public static final ContactId RAJ = id(ContactId.class, 12);
    public static final ContactId TOM = id(ContactId.class, 13);
    public static final ContactId MARIA = id(ContactId.class, 14);

    private DemoFund() {
    }

    public static FundSettings settings() {
        return FundSettings.of("northwind.vc", "northwind-capital.com").withZone(ZoneId.of("Europe/London"));
    }

    public static MailboxAccount aliceMailbox() {
        return MailboxAccount.of(ALICE, ALICE_ALIAS);
    }

    public static MailboxAccount bobMailbox() {
        return MailboxAccount.of(BOB, BOB_ALIAS);
    }

    /** Writes the fund's organizations, contacts, admins, mailboxes and blocklist into the stores. */
    public static void seed(Stores stores) {
        stores.contacts().addOrganization(new Organization(ACME, "Acme Pension Fund", Set.of("acmepension.com")));
        stores.contacts().addOrganization(new Organization(GLOBEX, "Globex Family Office", Set.of("globex.com")));
        stores.contacts().addOrganization(new Organization(INITECH, "Initech Endowment", Set.of("initech.edu")));
        stores.contacts().add(new Contact(JANE, "Jane Doe", addresses("jane.doe@acmepension.com"), List.of(), ACME));
        stores.contacts().add(new Contact(RAJ, "Raj Patel", addresses("raj@globex.com"),
                addresses("raj.patel@gmail.com"), GLOBEX));
        stores.contacts().add(new Contact(TOM, "Tom Lee", addresses("tom@initech.edu"), List.of(), INITECH));
        stores.contacts().add(new Contact(MARIA, "María García", addresses("maria.garcia@gmail.com"), List.of(),
                null));
        stores.admins().activate(EmailAddress.of(ALICE));
        stores.admins().activate(EmailAddress.of(BOB));
        stores.mailboxes().register(aliceMailbox());
        stores.mailboxes().register(bobMailbox());
        stores.blocklist().add(BlockEntry.parse("@spam-vendor.com"));
        stores.blocklist().add(BlockEntry.parse("doctor@clinic.example"));
    }

    private static List<EmailAddress> addresses(String... addresses) {
        return java.util.Arrays.stream(addresses).map(EmailAddress::of).toList();
    }

    private static <T> T id(Class<T> type, int number) {
        UUID uuid = new UUID(0xF0DC_0000_0000_0000L, number);
        if (type == OrganizationId.class) {
            return type.cast(new OrganizationId(uuid));
        }
        return type.cast(new ContactId(uuid));
    }
}
