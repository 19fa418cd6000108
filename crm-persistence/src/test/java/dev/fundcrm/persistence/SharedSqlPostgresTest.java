package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SharedSqlPostgresTest extends SharedSqlContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshPostgres();
    }

    /** Works here but not on H2, so the stores must not use it. */
    @Test
    void aConflictTargetNarrowsWhatIsSkipped() throws SQLException {
        update("CREATE TABLE conflict_target (id VARCHAR(10) PRIMARY KEY, address VARCHAR(20) UNIQUE)");
        update("INSERT INTO conflict_target VALUES ('a', 'jane@lp.example')");

        assertThat(update("INSERT INTO conflict_target VALUES ('a', 'joe@lp.example') ON CONFLICT (id) DO NOTHING"))
                .isZero();
        assertThatThrownBy(() -> update(
                "INSERT INTO conflict_target VALUES ('b', 'jane@lp.example') ON CONFLICT (id) DO NOTHING"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    }

    /** PostgreSQL's text cannot hold U+0000 (H2's can): the server refuses the whole statement. */
    @Test
    void aNulCharacterInTextIsRefused() throws SQLException {
        update("CREATE TABLE nul_text (body VARCHAR(20))");

        assertThatThrownBy(() -> update("INSERT INTO nul_text VALUES (?)", "a\u0000b"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22021"))
                .hasMessageContaining("0x00");
        assertThat(strings("SELECT body FROM nul_text")).isEmpty();
    }
}
