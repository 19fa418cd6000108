package dev.fundcrm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.port.in.ImportContacts;
import dev.fundcrm.domain.port.in.ImportContacts.Outcome;
import dev.fundcrm.domain.port.in.ImportContacts.Row;
import dev.fundcrm.domain.port.in.ImportContacts.RowResult;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.domain.testkit.InMemoryStores;
import dev.fundcrm.domain.testkit.RecordingBackfillRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactImportTest {

    private static final EmailAddress ADMIN = EmailAddress.of("alice@fund.example");
    private static final List<Row> ROWS = List.of(
            new Row(2, "Lena Partner", "lena@lp.example", "LP Capital", List.of("lp.example")),
            new Row(3, "No Address", "not-an-address", "", List.of()),
            new Row(4, "Max", "max@lp.example", "lp capital", List.of("lp.example", "lp-capital.example")),
            new Row(5, "Solo", "solo@gmail.com", null, List.of()));

    private final Stores stores = InMemoryStores.create();
    private final RecordingBackfillRequests backfills = new RecordingBackfillRequests();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    private final ImportContacts imports = new ContactImport(stores, new ReviewQueue(stores), backfills, clock);

    @Test
    void importsTheGoodRowsAndNamesTheBadOnesByNumber() {
        List<RowResult> results = imports.importRows(new ImportContacts.Command(ROWS, ADMIN));

        assertThat(results).extracting(RowResult::row, RowResult::outcome).containsExactly(
                tuple(2, Outcome.CREATED), tuple(3, Outcome.FAILED),
                tuple(4, Outcome.CREATED), tuple(5, Outcome.CREATED));
        assertThat(results.get(1).errorOrNull()).contains("not-an-address");
        assertThat(stores.contacts().organizations()).singleElement().satisfies(organization ->
                assertThat(organization.domains()).containsExactlyInAnyOrder("lp.example", "lp-capital.example"));
        assertThat(stores.contacts().findByAddress(EmailAddress.of("max@lp.example")).orElseThrow()
                .organizationIdOrNull()).isEqualTo(stores.contacts().organizations().get(0).id());
    }

    @Test
    void theBackfillsOfAnImportAreMergedIntoOneSearch() {
        imports.importRows(new ImportContacts.Command(ROWS, ADMIN));

        assertThat(backfills.requested()).singleElement().satisfies((MailSearch search) -> {
            assertThat(search.addresses()).extracting(EmailAddress::canonical)
                    .containsExactly("lena@lp.example", "max@lp.example", "solo@gmail.com");
            assertThat(search.domains()).containsExactly("lp.example", "lp-capital.example");
        });
    }

    @Test
    void importingTheSameRowsAgainCreatesNothing() {
        imports.importRows(new ImportContacts.Command(ROWS, ADMIN));
        int audited = stores.auditLog().recent(100).size();

        List<RowResult> again = imports.importRows(new ImportContacts.Command(ROWS, ADMIN));

        assertThat(again).extracting(RowResult::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.FAILED, Outcome.UNCHANGED, Outcome.UNCHANGED);
        assertThat(stores.contacts().all()).hasSize(3);
        assertThat(stores.auditLog().recent(100)).hasSize(audited);
        assertThat(backfills.requested()).hasSize(1);
    }
}
