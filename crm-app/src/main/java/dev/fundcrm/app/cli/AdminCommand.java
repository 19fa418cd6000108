package dev.fundcrm.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.persistence.JdbiStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The fund's admins: the people the daily digest goes to. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manages the fund's admins (who get the digest).")
final class AdminCommand {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    AdminCommand(Launch launch) {
        this.launch = launch;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Makes EMAIL an active admin (again); the digest goes to active admins only.")
    int add(@Parameters(paramLabel = "EMAIL", description = "The admin's address in the fund's domain.")
            String email) {
        EmailAddress admin = EmailAddress.of(email);
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(launch.env()), 2)) {
            JdbiStores.create(pool).admins().activate(admin);
        }
        spec.commandLine().getOut().println(admin.canonical() + " is an active admin");
        return 0;
    }
}
