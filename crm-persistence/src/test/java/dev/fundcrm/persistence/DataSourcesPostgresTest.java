package dev.fundcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.domain.port.out.StoreException;
import dev.fundcrm.persistence.testing.CapturedLogs;
import dev.fundcrm.persistence.testing.CauseChain;
import dev.fundcrm.persistence.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on the server of {@code .ci/postgres}, whose role fundcrm has the password fundcrm. */
class DataSourcesPostgresTest {

    private String urlWithoutCredentials;

    @BeforeEach
    void findServer() {
        String url = TestDatabases.postgresUrl();
        urlWithoutCredentials = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    @Test
    void aUserAndPasswordGivenApartFromTheUrlConnect() throws SQLException {
        try (HikariDataSource pool = DataSources.open(urlWithoutCredentials, "fundcrm", "fundcrm");
                Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_user")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("fundcrm");
        }
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThatThrownBy(() -> DataSources.open(urlWithoutCredentials, "fundcrm", "Wrong-Pg-S3cret"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Could not connect to " + urlWithoutCredentials + " as fundcrm")
                    .satisfies(e -> assertThat(CauseChain.text(e))
                            .contains("password authentication failed for user \"fundcrm\"")
                            .doesNotContain("Wrong-Pg-S3cret"))
                    .rootCause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
            assertThat(logs.lineCount()).isPositive();
            assertThat(logs.text()).doesNotContain("Wrong-Pg-S3cret");
        }
    }

    @Test
    void aWrongPasswordInTheUrlIsMaskedInTheMessage() {
        String url = urlWithoutCredentials + "?user=fundcrm&password=Wrong-Url-S3cret";
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThatThrownBy(() -> DataSources.open(url, null, null))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Could not connect to " + urlWithoutCredentials + "?user=fundcrm&password=***")
                    .satisfies(e -> assertThat(CauseChain.text(e)).doesNotContain("Wrong-Url-S3cret"));
            assertThat(logs.text()).doesNotContain("Wrong-Url-S3cret");
        }
    }
}
