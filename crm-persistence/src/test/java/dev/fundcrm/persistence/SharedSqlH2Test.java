package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.persistence.testing.TestDatabase;
import dev.fundcrm.persistence.testing.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SharedSqlH2Test extends SharedSqlContract {

    @Override
    protected TestDatabase freshDatabase() {
        return TestDatabases.freshH2();
    }

    /** H2 2.5 knows only the bare form: stores must write ON CONFLICT DO NOTHING without a target. */
    @Test
    void aConflictTargetIsASyntaxError() throws SQLException {
        update("CREATE TABLE conflict_target (id VARCHAR(10) PRIMARY KEY)");

        assertThatThrownBy(() -> update("INSERT INTO conflict_target VALUES ('a') ON CONFLICT (id) DO NOTHING"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42000"));
        assertThatThrownBy(() -> update(
                "INSERT INTO conflict_target VALUES ('a') ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42000"));
    }

    /** PostgreSQL refuses this; the stores must remove or refuse NUL before writing, or H2 would hide the bug. */
    @Test
    void textMayHoldANulCharacter() throws SQLException {
        update("CREATE TABLE nul_text (body VARCHAR(20))");

        assertThat(update("INSERT INTO nul_text VALUES (?)", "a\u0000b")).isOne();
        assertThat(strings("SELECT body FROM nul_text")).containsExactly("a\u0000b");
    }

    /** Not (key, value): H2 reserves words PostgreSQL does not, even in PostgreSQL mode. */
    @Test
    void keyAndValueAreReservedWords() {
        assertThatThrownBy(() -> update("CREATE TABLE reserved_words (key VARCHAR(10))"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42001"));
        assertThatThrownBy(() -> update("CREATE TABLE reserved_words (value VARCHAR(10))"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42001"));
    }
}
