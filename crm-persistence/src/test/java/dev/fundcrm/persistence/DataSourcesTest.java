package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.domain.port.out.StoreException;
import dev.fundcrm.persistence.testing.CapturedLogs;
import dev.fundcrm.persistence.testing.CauseChain;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

    private static final String OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final String FILE_OPTIONS = OPTIONS + ";WRITE_DELAY=0";

    @Test
    void withoutAUrlTheDatabaseIsTheH2FileDataFundcrmInPostgresMode() {
        assertThat(DataSources.DEFAULT_URL).isEqualTo("jdbc:h2:file:./data/fundcrm;" + FILE_OPTIONS);
        assertThat(DataSources.urlOrDefault(null)).isEqualTo(DataSources.DEFAULT_URL);
        assertThat(DataSources.urlOrDefault("  ")).isEqualTo(DataSources.DEFAULT_URL);
        assertThat(DataSources.urlOrDefault(" jdbc:h2:mem:x ")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void anH2FileDatabaseRunsWithThePostgresOptionsAndWritesEachCommitAtOnce(@TempDir Path folder)
            throws SQLException {
        try (HikariDataSource pool = DataSources.open(DataSources.h2File(folder.resolve("crm")), "", "")) {
            assertThat(h2Settings(pool)).containsEntry("MODE", "PostgreSQL")
                    .containsEntry("DATABASE_TO_LOWER", "true")
                    .containsEntry("DEFAULT_NULL_ORDERING", "HIGH")
                    .containsEntry("WRITE_DELAY", "0");
        }
        assertThat(folder.resolve("crm.mv.db")).exists();
    }

    @Test
    void anH2FileIsNamedRelativeToTheWorkingDirectoryExplicitly() {
        assertThat(DataSources.h2File(Path.of("data", "crm"))).isEqualTo("jdbc:h2:file:./data/crm;" + FILE_OPTIONS);
        assertThat(DataSources.h2File(Path.of("./data/../data/crm")))
                .isEqualTo("jdbc:h2:file:./data/crm;" + FILE_OPTIONS);
        assertThat(DataSources.h2File(Path.of("/var/lib/fundcrm/crm")))
                .isEqualTo("jdbc:h2:file:/var/lib/fundcrm/crm;" + FILE_OPTIONS);
        assertThatIllegalArgumentException().isThrownBy(() -> DataSources.h2File(Path.of("crm;INIT=RUNSCRIPT")))
                .withMessageContaining("crm;INIT=RUNSCRIPT");
    }

    @Test
    void anInMemoryH2OutlivesItsLastConnection() throws SQLException {
        String url = DataSources.h2InMemory("outlives_connections");
        assertThat(url).isEqualTo("jdbc:h2:mem:outlives_connections;DB_CLOSE_DELAY=-1;" + OPTIONS);
        try (HikariDataSource pool = DataSources.open(url, null, null)) {
            execute(pool, "CREATE TABLE kept (id INTEGER)");
        }
        try (HikariDataSource pool = DataSources.open(url, null, null)) {
            execute(pool, "INSERT INTO kept VALUES (1)");
        }
    }

    @Test
    void anInMemoryNameTakesOnlyLettersDigitsAndDashes() {
        assertThatIllegalArgumentException().isThrownBy(() -> DataSources.h2InMemory("x;INIT=RUNSCRIPT FROM 'a'"))
                .withMessageContaining("x;INIT=RUNSCRIPT FROM 'a'");
        assertThatIllegalArgumentException().isThrownBy(() -> DataSources.h2InMemory(""));
    }

    @Test
    void aPostgresUrlAskingForRewrittenBatchesIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> DataSources.open(
                "jdbc:postgresql://127.0.0.1:1/fundcrm?reWriteBatchedInserts=true", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reWriteBatchedInserts");
    }

    @Test
    void theEngineIsToldFromTheUrl() {
        assertThat(Database.of("jdbc:h2:mem:x")).isEqualTo(Database.H2);
        assertThat(Database.of(DataSources.DEFAULT_URL)).isEqualTo(Database.H2);
        assertThat(Database.of("jdbc:postgresql://127.0.0.1:5432/crm")).isEqualTo(Database.POSTGRESQL);
        assertThat(Database.of("JDBC:PostgreSQL://db/crm")).isEqualTo(Database.POSTGRESQL);
        assertThat(Database.POSTGRESQL.vendor()).isEqualTo("postgresql");
        assertThatIllegalArgumentException().isThrownBy(() -> Database.of("jdbc:mysql://db/crm?password=S3cret-my"))
                .withMessage("Not an H2 or PostgreSQL JDBC URL: jdbc:mysql://db/crm?password=***");
    }

    @Test
    void redactedMasksEveryPasswordParameter() {
        assertThat(DataSources.redacted("jdbc:postgresql://db/crm?user=crm&password=S3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/crm?user=crm&password=***&ssl=true");
        assertThat(DataSources.redacted("jdbc:h2:mem:x;USER=sa;PASSWORD=S3cret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(DataSources.redacted("jdbc:postgresql://db/crm?sslpassword=S3cret"))
                .isEqualTo("jdbc:postgresql://db/crm?sslpassword=***");
    }

    @Test
    void thePoolHasTheGivenNameAndSize() {
        try (HikariDataSource pool = DataSources.open(DataSources.h2InMemory("named_pool"), "sa", "", 2, "crm")) {
            assertThat(pool.getPoolName()).isEqualTo("crm");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
            assertThat(pool.getUsername()).isEqualTo("sa");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DataSources.open(DataSources.h2InMemory("no_pool"), "", "", 0, "crm"))
                .withMessageContaining("0");
    }

    @Test
    void aWrongH2PasswordFailsWithoutShowingEitherPassword() {
        String url = DataSources.h2InMemory("guarded");
        try (HikariDataSource owner = DataSources.open(url, "sa", "Right-H2-S3cret");
                CapturedLogs logs = CapturedLogs.start()) {
            assertThat(owner.toString()).doesNotContain("Right-H2-S3cret");

            assertThatThrownBy(() -> DataSources.open(url, "sa", "Wrong-H2-S3cret"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Could not connect to " + url + " as sa")
                    .satisfies(e -> assertThat(CauseChain.text(e)).contains("Wrong user name or password")
                            .doesNotContain("Wrong-H2-S3cret", "Right-H2-S3cret"));
            assertThat(logs.lineCount()).isPositive();
            assertThat(logs.text()).doesNotContain("Wrong-H2-S3cret", "Right-H2-S3cret");
        }
    }

    private static Map<String, String> h2Settings(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT setting_name, setting_value FROM "
                        + "information_schema.settings")) {
            Map<String, String> settings = new HashMap<>();
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
            return settings;
        }
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
