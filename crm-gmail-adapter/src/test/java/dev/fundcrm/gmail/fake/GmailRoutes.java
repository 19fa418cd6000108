package dev.fundcrm.gmail.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps a method and a path under {@code /gmail/v1/users/} to a {@link Route} and its path parameters. */
final class GmailRoutes {

    static final String PREFIX = "/gmail/v1/users/";

    /** A routed call: the {@code userId} of the path and the ids after it. */
    record Match(Route route, String userId, List<String> parameters) {
        Match {
            parameters = List.copyOf(parameters);
        }
    }

    private GmailRoutes() {
    }

    static Optional<Match> match(String method, String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> segments = Arrays.stream(path.substring(PREFIX.length()).split("/", -1))
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8)).toList();
        String userId = segments.get(0);
        List<String> rest = segments.subList(1, segments.size());
        String shape = method + " " + String.join("/", rest.stream().map(GmailRoutes::placeholder).toList());
        Route route = switch (shape) {
            case "GET profile" -> Route.PROFILE;
            case "GET messages" -> Route.MESSAGES_LIST;
            case "GET messages/{}" -> Route.MESSAGES_GET;
            case "GET messages/{}/attachments/{}" -> Route.ATTACHMENTS_GET;
            case "POST messages/send" -> Route.MESSAGES_SEND;
            case "GET history" -> Route.HISTORY_LIST;
            case "POST drafts" -> Route.DRAFTS_CREATE;
            case "POST drafts/send" -> Route.DRAFTS_SEND;
            default -> null;
        };
        if (route == null || userId.isEmpty()) {
            return Optional.empty();
        }
        List<String> parameters = rest.stream().filter(segment -> !isKeyword(segment)).toList();
        return Optional.of(new Match(route, userId, parameters));
    }

    private static String placeholder(String segment) {
        return isKeyword(segment) ? segment : "{}";
    }

    private static boolean isKeyword(String segment) {
        return List.of("profile", "messages", "attachments", "send", "history", "drafts").contains(segment);
    }
}
