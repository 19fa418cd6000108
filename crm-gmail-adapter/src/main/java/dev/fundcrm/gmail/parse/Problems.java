package dev.fundcrm.gmail.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problems met while parsing one message, deduplicated and capped. Confined to one parse. */
final class Problems {

    private final Set<String> noted = new LinkedHashSet<>();
    private int dropped;

    void add(String problem) {
        if (noted.contains(problem)) {
            return;
        }
        if (noted.size() < ParseOutcome.MAX_PROBLEMS - 1) {
            noted.add(problem);
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return noted.isEmpty();
    }

    List<String> list() {
        List<String> all = new ArrayList<>(noted);
        if (dropped > 0) {
            all.add(dropped + " more problems not listed");
        }
        return all;
    }
}
