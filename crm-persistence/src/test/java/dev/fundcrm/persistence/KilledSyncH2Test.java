package dev.fundcrm.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A sync killed mid-page, on an H2 file database, which the killed process held open and locked. */
class KilledSyncH2Test extends KilledSyncContract {

    @TempDir
    Path directory;

    @Override
    protected String migratedDatabaseUrl() {
        String url = DataSources.h2File(directory.resolve("fundcrm"));
        try (var pool = DataSources.open(url, null, null, 2, "killed-sync-migration")) {
            Migrations.migrate(pool);
        }
        return url;
    }
}
