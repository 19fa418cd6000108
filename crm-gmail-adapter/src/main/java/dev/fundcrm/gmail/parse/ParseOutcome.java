package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.FetchedMessage;
import java.util.List;
import java.util.Objects;

/**
 * What parsing one message gave: {@link FetchedMessage.Parsed} or {@link FetchedMessage.Unparseable}, and
 * what the parser had to skip or guess on the way (a refused address, an unknown charset, a limit reached).
 *
 * <p>A problem names a header or a part ({@code part 1.2}), never header values or body text, so it can be
 * logged. At most {@link #MAX_PROBLEMS} are kept; the last then says how many more there were.
 *
 * @param partsRead MIME parts the body walk visited, the message itself included (0 at HEADERS detail): the
 *     parser's work, bounded by {@link ParseLimits#maxParts()}
 */
public record ParseOutcome(FetchedMessage fetched, List<String> problems, int partsRead) {

    public static final int MAX_PROBLEMS = 20;

    public ParseOutcome {
        Objects.requireNonNull(fetched, "fetched");
        problems = List.copyOf(problems);
    }
}
