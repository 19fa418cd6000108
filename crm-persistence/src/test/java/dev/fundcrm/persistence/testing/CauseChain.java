package dev.fundcrm.persistence.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Everything an exception would show in a log: its class and message, its causes' and its suppressed ones'. */
public final class CauseChain {

    private CauseChain() {
    }

    public static String text(Throwable thrown) {
        List<String> lines = new ArrayList<>();
        collect(thrown, lines, Collections.newSetFromMap(new IdentityHashMap<>()));
        return String.join("\n", lines);
    }

    private static void collect(Throwable thrown, List<String> lines, Set<Throwable> seen) {
        if (thrown == null || !seen.add(thrown)) {
            return;
        }
        lines.add(thrown.toString());
        for (Throwable suppressed : thrown.getSuppressed()) {
            collect(suppressed, lines, seen);
        }
        collect(thrown.getCause(), lines, seen);
    }
}
