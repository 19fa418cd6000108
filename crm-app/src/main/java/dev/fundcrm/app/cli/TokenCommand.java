package dev.fundcrm.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.ApiToken;
import dev.fundcrm.domain.model.ApiUser;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Role;
import dev.fundcrm.domain.model.Secret;
import dev.fundcrm.persistence.JdbiStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The admin API's bearer tokens: made here, shown once, stored only as their hash. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manages the admin API's bearer tokens.")
final class TokenCommand {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    TokenCommand(Launch launch) {
        this.launch = launch;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Creates a bearer token for a user and role and prints it once (only its hash is kept).",
                    "The token is the only line on standard output, for scripts."})
    int create(@Option(names = "--user", paramLabel = "EMAIL", required = true,
                       description = "Whom the token speaks for.") String user,
               @Option(names = "--role", paramLabel = "ADMIN|MEMBER", required = true,
                       description = "ADMIN runs the fund's setup too; MEMBER reviews and drafts.") Role role) {
        ApiUser owner = new ApiUser(EmailAddress.of(user), role);
        Secret token = ApiToken.issue();
        try (HikariDataSource pool = Application.openDatabase(AppConfig.databaseFrom(launch.env()), 2)) {
            JdbiStores.apiTokens(pool).add(ApiToken.hash(token.reveal()), owner, launch.clock().instant());
        }
        spec.commandLine().getOut().println(token.reveal());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("a " + role + " token for " + owner.user().canonical()
                + " is above; it is shown only this once: keep it in a password manager");
        return 0;
    }
}
