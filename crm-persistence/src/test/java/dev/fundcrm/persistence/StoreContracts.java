package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fundcrm.domain.contract.ActivitiesContract;
import dev.fundcrm.domain.contract.AdminsContract;
import dev.fundcrm.domain.contract.ApiTokensContract;
import dev.fundcrm.domain.contract.AuditLogContract;
import dev.fundcrm.domain.contract.BlocklistContract;
import dev.fundcrm.domain.contract.CapturedMessagesContract;
import dev.fundcrm.domain.contract.CapturesContract;
import dev.fundcrm.domain.contract.ContactsContract;
import dev.fundcrm.domain.contract.DigestRunsContract;
import dev.fundcrm.domain.contract.MailboxLeasesContract;
import dev.fundcrm.domain.contract.MailboxesContract;
import dev.fundcrm.domain.contract.MessagesContract;
import dev.fundcrm.domain.contract.MessagesInThreadContract;
import dev.fundcrm.domain.contract.OrganizationsContract;
import dev.fundcrm.domain.contract.PendingProposalsContract;
import dev.fundcrm.domain.contract.ProposalsContract;
import dev.fundcrm.domain.contract.RacingWritesContract;
import dev.fundcrm.domain.endtoend.CaptureReviewLoopContract;
import dev.fundcrm.domain.endtoend.ConcurrentReviewContract;
import dev.fundcrm.domain.endtoend.CrashRecoveryContract;
import dev.fundcrm.domain.endtoend.SharedMailboxesContract;
import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.AuditEvent;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.Stores;
import dev.fundcrm.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every store contract of the domain and the end-to-end contracts (the loop, concurrent review, crash recovery,
 * instances sharing mailboxes), run on the Jdbi stores over one engine: each test gets a fresh, migrated
 * database, closed after it.
 */
abstract class StoreContracts {

    private final List<TestDatabase> opened = new ArrayList<>();

    /** A new migrated database of the engine under test. */
    protected abstract TestDatabase freshDatabase();

    Stores newStores() {
        TestDatabase database = freshDatabase();
        opened.add(database);
        return JdbiStores.create(database);
    }

    /** Stores for each of {@code count} app instances on one fresh database, each over a pool of its own. */
    List<Stores> instancesOfOneDatabase(int count) {
        TestDatabase database = freshDatabase();
        opened.add(database);
        List<Stores> instances = new ArrayList<>(List.of(JdbiStores.create(database)));
        for (int instance = 2; instance <= count; instance++) {
            TestDatabase pool = database.anotherPool(database.name() + "-instance-" + instance);
            opened.add(pool);
            instances.add(JdbiStores.create(pool));
        }
        return instances;
    }

    /** Last opened first: an instance's extra pool before the database it is on. */
    @AfterEach
    void closeDatabases() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
    }

    /** PostgreSQL can't hold U+0000 in text, H2 can: the stores drop it, so both engines hold the same. */
    @Test
    void textWithANulCharacterIsStoredWithoutIt() {
        Stores stores = newStores();
        MessageRef ref = MessageRef.of("anna@fund.example", "nul-1", "t-nul");
        ParsedMessage hostile = ParsedMessage.builder(ref)
                .detail(ParsedMessage.Detail.FULL)
                .messageId("<nul@lp.example>")
                .from(Participant.of("Jane\0 Doe", "jane@lp.example"))
                .subject("Q3\0 report")
                .sentAt(Instant.parse("2024-03-04T09:00:00Z"))
                .textExcerpt("Dear\0 team")
                .attachments(List.of(new AttachmentMeta("a\0.pdf", "application/pdf", 10)))
                .header("List-Id", "x\0y")
                .build();

        stores.messages().storeContent(hostile.key(), hostile);
        stores.messages().quarantine(new Quarantined(MessageRef.of("anna@fund.example", "nul-2", "t"),
                "bad\0 charset", "Subject: \0", Instant.parse("2024-03-04T09:00:00Z")));
        stores.auditLog().record(new AuditEvent(Instant.parse("2024-03-04T09:00:00Z"), "rita@fund.example",
                "proposal.rejected", "p1", "spam\0 again"));

        ParsedMessage stored = stores.messages().find(hostile.key()).orElseThrow().content();
        assertThat(stored.subject()).isEqualTo("Q3 report");
        assertThat(stored.textExcerpt()).isEqualTo("Dear team");
        assertThat(stored.from()).extracting(Participant::displayName).containsExactly("Jane Doe");
        assertThat(stored.attachments()).extracting(AttachmentMeta::filename).containsExactly("a.pdf");
        assertThat(stored.headers()).containsEntry("list-id", "xy");
        assertThat(stores.messages().quarantined(1)).extracting(Quarantined::reason, Quarantined::partial)
                .containsExactly(tuple("bad charset", "Subject: "));
        assertThat(stores.auditLog().about("p1")).extracting(AuditEvent::detail).containsExactly("spam again");
    }

    @Nested
    class Contacts extends ContactsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Organizations extends OrganizationsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Messages extends MessagesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class CapturedMessages extends CapturedMessagesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class MessagesInThread extends MessagesInThreadContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Proposals extends ProposalsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class PendingProposals extends PendingProposalsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Activities extends ActivitiesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Mailboxes extends MailboxesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Admins extends AdminsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class ApiTokens extends ApiTokensContract {
        @Override
        protected dev.fundcrm.domain.port.out.ApiTokens newApiTokens() {
            TestDatabase database = freshDatabase();
            opened.add(database);
            return JdbiStores.apiTokens(database);
        }
    }

    @Nested
    class Blocklist extends BlocklistContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class AuditLog extends AuditLogContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class DigestRuns extends DigestRunsContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class Captures extends CapturesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class MailboxLeases extends MailboxLeasesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class RacingWrites extends RacingWritesContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class CrashRecovery extends CrashRecoveryContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class SharedMailboxes extends SharedMailboxesContract {
        @Override
        protected List<Stores> instancesOfOneDatabase(int count) {
            return StoreContracts.this.instancesOfOneDatabase(count);
        }
    }

    @Nested
    class CaptureReviewLoop extends CaptureReviewLoopContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }

    @Nested
    class ConcurrentReview extends ConcurrentReviewContract {
        @Override
        protected Stores newStores() {
            return StoreContracts.this.newStores();
        }
    }
}
