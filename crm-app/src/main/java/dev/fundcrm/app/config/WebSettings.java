package dev.fundcrm.app.config;

import dev.fundcrm.app.web.WebConfig;
import java.time.Duration;
import java.util.Locale;

/** The review pages' part of the environment: whether their session cookie is Secure, and the idle timeout. */
final class WebSettings {

    private WebSettings() {
    }

    static WebConfig read(Env env) {
        boolean secure = env.parsed("CRM_WEB_SECURE_COOKIES", true, WebSettings::bool, "must be true or false");
        Duration idle = env.duration("CRM_WEB_SESSION_IDLE", WebConfig.DEFAULT_IDLE_TIMEOUT, Duration.ofMinutes(1));
        return new WebConfig(secure, idle);
    }

    private static boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }
}
