package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.domain.port.out.StoreException;
import dev.fundcrm.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What {@link Migrations} does, the same on every engine. */
abstract class MigrationsContract {

    /** A new database without any table; the test closes it. */
    protected abstract TestDatabase emptyDatabase();

    @Test
    void anEmptyDatabaseGetsEveryMigrationOnTheClasspath() throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            List<String> scripts = versionedScripts();

            assertThat(Migrations.migrate(database)).isEqualTo(scripts.size());
            assertThat(strings(database, "SELECT script FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                    .containsExactlyInAnyOrderElementsOf(scripts);
            assertThat(tables(database)).contains("proposals", "activities", "sightings", "digest_runs");
        }
    }

    @Test
    void migratingAnUpToDateDatabaseAppliesNothing() throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            Migrations.migrate(database);

            assertThat(Migrations.migrate(database)).isZero();
        }
    }

    @Test
    void aVendorFolderRunsOnlyOnItsOwnEngine() throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            assertThat(Migrations.migrate(database, "migrations-fixture")).isEqualTo(2);

            String own = database.engine().vendor() + "_only";
            String other = database.engine() == Database.H2 ? "postgresql_only" : "h2_only";
            assertThat(tables(database)).contains("shared_table", own).doesNotContain(other);
        }
    }

    @Test
    void aFailingMigrationIsAStoreException() {
        try (TestDatabase database = emptyDatabase()) {
            assertThatThrownBy(() -> Migrations.migrate(database, "broken-migrations"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(database.engine().toString())
                    .hasMessageContaining("broken-migrations");
        }
    }

    private static List<String> versionedScripts() throws URISyntaxException, IOException {
        Path folder = Path.of(Migrations.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("V")).toList();
        }
    }

    static List<String> tables(DataSource database) throws SQLException {
        return strings(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static List<String> strings(DataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
