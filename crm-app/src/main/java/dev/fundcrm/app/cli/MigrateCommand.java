package dev.fundcrm.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.fundcrm.app.Application;
import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.app.config.DatabaseConfig;
import dev.fundcrm.persistence.DataSources;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Brings the database to the latest schema and exits (serve does it too; this is for a deploy step). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Brings the database (CRM_DB_URL) to the latest schema, then exits.")
final class MigrateCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    MigrateCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        DatabaseConfig database = AppConfig.databaseFrom(launch.env());
        try (HikariDataSource ignored = Application.openDatabase(database, 2)) {
            spec.commandLine().getOut().println("the database " + DataSources.redacted(database.url())
                    + " is at the latest schema");
        }
        return 0;
    }
}
