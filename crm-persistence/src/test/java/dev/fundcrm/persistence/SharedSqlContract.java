package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fundcrm.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/**
 * SQL the stores may write once for both engines, because H2 in PostgreSQL mode treats it as PostgreSQL does.
 * Each engine's test adds what differs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedSqlContract {

    protected TestDatabase database;

    /** A new database for this class; the contract closes it. */
    protected abstract TestDatabase freshDatabase();

    @BeforeAll
    void openDatabase() {
        database = freshDatabase();
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void onConflictDoNothingSkipsARowWhoseKeyIsTaken() throws SQLException {
        update("CREATE TABLE skip_taken_key (id VARCHAR(10) PRIMARY KEY, label VARCHAR(10))");
        update("INSERT INTO skip_taken_key VALUES ('a', 'first')");

        assertThat(update("INSERT INTO skip_taken_key VALUES ('a', 'second') ON CONFLICT DO NOTHING")).isZero();
        assertThat(update("INSERT INTO skip_taken_key VALUES ('b', 'second') ON CONFLICT DO NOTHING")).isOne();
        assertThat(strings("SELECT id || '=' || label FROM skip_taken_key ORDER BY id"))
                .containsExactly("a=first", "b=second");
    }

    @Test
    void onConflictDoNothingWithoutATargetSkipsAClashOnAnyUniqueColumn() throws SQLException {
        update("CREATE TABLE skip_any_unique (id VARCHAR(10) PRIMARY KEY, address VARCHAR(20) UNIQUE)");
        update("INSERT INTO skip_any_unique VALUES ('a', 'jane@lp.example')");

        assertThat(update("INSERT INTO skip_any_unique VALUES ('b', 'jane@lp.example') ON CONFLICT DO NOTHING"))
                .isZero();
        assertThat(strings("SELECT id FROM skip_any_unique")).containsExactly("a");
    }

    @Test
    void aDuplicateKeyIsSqlState23505() throws SQLException {
        update("CREATE TABLE duplicate_key (id VARCHAR(10) PRIMARY KEY)");
        update("INSERT INTO duplicate_key VALUES ('a')");

        assertThatThrownBy(() -> update("INSERT INTO duplicate_key VALUES ('a')"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    }

    @Test
    void nullsSortAfterValuesAscendingAndBeforeThemDescending() throws SQLException {
        update("CREATE TABLE null_order (id VARCHAR(10) PRIMARY KEY, due VARCHAR(10))");
        update("INSERT INTO null_order VALUES ('a', '2'), ('b', NULL), ('c', '1')");

        assertThat(strings("SELECT id FROM null_order ORDER BY due")).containsExactly("c", "a", "b");
        assertThat(strings("SELECT id FROM null_order ORDER BY due DESC")).containsExactly("b", "a", "c");
    }

    @Test
    void unquotedNamesAreLowerCase() throws SQLException {
        update("CREATE TABLE Mixed_Case (Some_Column INTEGER)");

        assertThat(strings("SELECT column_name FROM information_schema.columns WHERE table_name = 'mixed_case'"))
                .containsExactly("some_column");
    }

    protected int update(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    protected int update(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    protected List<String> strings(String query) throws SQLException {
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
