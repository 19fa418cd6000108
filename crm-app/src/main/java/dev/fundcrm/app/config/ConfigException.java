package dev.fundcrm.app.config;

import java.util.List;

/**
 * The environment can't configure the app: every problem found, each naming its variable. Messages never hold
 * a secret's value (the readers of {@link Env} make sure of it).
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super("the configuration is not usable:\n  - " + String.join("\n  - ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the variable's name. */
    public List<String> problems() {
        return problems;
    }
}
