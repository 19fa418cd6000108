package dev.fundcrm.app.demo;

import dev.fundcrm.domain.model.Mailbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's Takeout exports, shipped in the jar as {@code demo/alice.mbox} and {@code demo/bob.mbox}: copied
 * to a directory, since the mbox reader seeks in a file.
 */
public final class DemoExports {

    private DemoExports() {
    }

    /** Copies each demo mailbox's export into {@code directory}; returns the files by mailbox. */
    public static Map<Mailbox, Path> copyTo(Path directory) {
        Map<Mailbox, Path> exports = new LinkedHashMap<>();
        exports.put(Mailbox.of(DemoFundSeed.ALICE), copy("alice.mbox", directory));
        exports.put(Mailbox.of(DemoFundSeed.BOB), copy("bob.mbox", directory));
        return exports;
    }

    private static Path copy(String name, Path directory) {
        try (InputStream in = DemoExports.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo export demo/" + name + " is missing from the jar");
            }
            Path file = directory.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo export " + name + " to " + directory, e);
        }
    }
}
