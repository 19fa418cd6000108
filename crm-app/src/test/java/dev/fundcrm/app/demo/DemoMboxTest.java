package dev.fundcrm.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.model.Contact;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.Organization;
import dev.fundcrm.domain.model.ProposalTarget;
import dev.fundcrm.domain.port.out.PendingQuery;
import java.util.List;
import dev.fundcrm.domain.model.SyncOutcome;
import dev.fundcrm.domain.model.SyncReport;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.service.MailboxSync;
import dev.fundcrm.domain.service.MessageTriage;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.gmail.takeout.MboxMailboxSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMboxTest {

    @TempDir
    static Path directory;
    private static Stores stores;
    private static Map<Mailbox, SyncReport> reports;

    @BeforeAll
    static void importTheShippedExports() throws Exception {
        if (Boolean.getBoolean("fundcrm.demo.regenerate")) {
            DemoMboxGenerator.write();
        }
        stores = InMemoryStores.create();
        DemoFundSeed.seed(stores);
        Map<Mailbox, Path> exports = DemoExports.copyTo(directory);
        MailboxSync sync = new MailboxSync(new MboxMailboxSource(exports), stores,
                new MessageTriage(new dev.fundcrm.domain.model.FundDomains(Set.copyOf(DemoFundSeed.FUND_DOMAINS)),
                        stores.contacts()), Clock.fixed(DemoMboxGenerator.LAST_MAIL, ZoneOffset.UTC), 50);
        reports = exports.keySet().stream().collect(Collectors.toMap(mailbox -> mailbox, mailbox -> {
            SyncOutcome outcome = sync.sync(mailbox);
            assertThat(outcome).isInstanceOf(SyncOutcome.Completed.class);
            return ((SyncOutcome.Completed) outcome).report();
        }));
    }

    @Test
    void theShippedExportsAreWhatTheGeneratorWrites() throws Exception {
        for (Map.Entry<String, byte[]> file : DemoMboxGenerator.generate().entrySet()) {
            try (InputStream shipped = DemoMboxTest.class.getResourceAsStream("/demo/" + file.getKey())) {
                assertThat(shipped).as(file.getKey()).isNotNull();
                assertThat(sha256(shipped.readAllBytes())).as(file.getKey() + " (run DemoMboxGenerator's regenerate command)")
                        .isEqualTo(sha256(file.getValue()));
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theExportsHoldOverTwoHundredMessagesWithEveryCaseCaptureHandles() {
        SyncReport alice = reports.get(Mailbox.of(DemoFundSeed.ALICE));
        SyncReport bob = reports.get(Mailbox.of(DemoFundSeed.BOB));

        assertThat(alice.listed() + bob.listed()).isGreaterThanOrEqualTo(200);
        for (SyncReport report : new SyncReport[] {alice, bob}) {
            assertThat(report.proposalsCreated()).as("proposals").isGreaterThan(20);
            assertThat(report.skippedInternal()).as("internal").isGreaterThan(5);
            assertThat(report.skippedAutomated()).as("automated").isGreaterThan(5);
            assertThat(report.skippedBlocklisted()).as("blocklisted").isGreaterThan(1);
            assertThat(report.unmatched()).as("unmatched").isGreaterThan(5);
            assertThat(report.quarantined()).as("unreadable").isEqualTo(1);
        }
    }

    @Test
    void everyLpContactAndOrganizationHasMailWaitingForReview() {
        assertThat(stores.proposals().countPending()).isGreaterThan(60);
        for (String address : DemoFundSeed.contactAddresses()) {
            Contact contact = stores.contacts().findByAddress(EmailAddress.of(address)).orElseThrow();
            assertThat(stores.proposals().pending(PendingQuery.firstPage(10).forContact(contact.id())).items())
                    .as(address).isNotEmpty();
        }
        for (String domain : List.of("acmepension.com", "globex.com", "umbrella-swf.example")) {
            Organization organization = stores.contacts().findOrganizationByDomain(domain).orElseThrow();
            assertThat(stores.proposals().pending(PendingQuery.firstPage(100).forOrganization(organization.id()))
                    .items()).as(domain).anyMatch(proposal -> proposal.target() instanceof ProposalTarget.NewPerson);
        }
    }
}
