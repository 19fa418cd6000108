package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.FetchedMessage;
import dev.fundcrm.domain.model.MailSearch;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Quarantined;
import dev.fundcrm.domain.port.out.MailboxSource;
import dev.fundcrm.gmail.parse.MimeMessageParser;
import dev.fundcrm.gmail.parse.ParseLimits;
import dev.fundcrm.gmail.parse.ParseOutcome;
import dev.fundcrm.gmail.parse.RawHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures from Google Takeout exports: one mbox file per team mailbox, read as a stream, message by message;
 * or, for a mailbox whose path is a folder, the {@code .eml} files in it, one message each, in name order
 * (see {@link EmlFolderExport}).
 *
 * <p>A checkpoint is the byte offset of the next message and the count before it ({@code mbox:OFFSET:INDEX}),
 * so a sync resumes where it stopped and messages appended to the file are listed next; a checkpoint that
 * no longer points at a message (the file was replaced by a new export) is {@code HISTORY_EXPIRED}, and the
 * sync starts over, skipping what it stored. Ids are those of {@link TakeoutIds}: the same on every import
 * of the same export, and for Takeout's own ids the same as the Gmail API's.
 *
 * <p>Listing holds one message's header section at a time; fetching reads one message again at its offset.
 * A message that can't be parsed is {@link FetchedMessage.Unparseable} with the parser's reason and the
 * first header lines, and so is one longer than {@link #MAX_MESSAGE_BYTES}; neither stops the import. A
 * missing file is a {@code PERMISSION} failure (an admin must supply it), an I/O error {@code TEMPORARY}.
 * Thread-safe; each mailbox's file is read by one caller at a time.
 */
public final class MboxMailboxSource implements MailboxSource {

    /** Gmail accepts mail up to 50 MB with its encoding; a longer "message" is an mbox missing a separator. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(MboxMailboxSource.class);
    // One line piece beyond the parser's header limit, so the parser sees and notes a header section too long.
    private static final int HEAD_BYTES = ParseLimits.DEFAULT.maxHeaderBytes() + MboxReader.SEGMENT;

    private final Map<Mailbox, MailExport> exports;
    private final MimeMessageParser parser;

    /**
     * A source reading each mailbox's export: an mbox file, or a folder of .eml files if the path is a
     * directory when the source is made.
     */
    public MboxMailboxSource(Map<Mailbox, Path> exports) {
        this(exports, new MimeMessageParser());
    }

    public MboxMailboxSource(Map<Mailbox, Path> exports, MimeMessageParser parser) {
        this.exports = exports.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> export(entry.getKey(), entry.getValue())));
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A source for one mailbox's export. */
    public static MboxMailboxSource of(Mailbox mailbox, Path export) {
        return new MboxMailboxSource(Map.of(mailbox, export));
    }

    private static MailExport export(Mailbox mailbox, Path path) {
        return Files.isDirectory(path)
                ? new EmlFolderExport(mailbox, path, HEAD_BYTES, MAX_MESSAGE_BYTES)
                : new MboxExport(mailbox, path, HEAD_BYTES, MAX_MESSAGE_BYTES);
    }

    @Override
    public ChangePage changes(Mailbox mailbox, Checkpoint since, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        return export(mailbox).changes(since, pageSize);
    }

    /**
     * Streams the export as {@link #changes} does, a page at a time, and keeps the messages whose parsed headers
     * match: a page may hold fewer than {@code pageSize}, even none, with more to follow. The cursor is a
     * position in the export, like a sync's checkpoint but never stored as one.
     */
    @Override
    public ChangePage search(Mailbox mailbox, MailSearch search, Checkpoint since, int pageSize) {
        ChangePage listed = changes(mailbox, since, pageSize);
        List<MessageRef> found = new ArrayList<>();
        List<FetchedMessage> headers = fetchHeaders(mailbox, listed.refs());
        for (FetchedMessage fetched : headers) {
            if (fetched instanceof FetchedMessage.Parsed parsed && search.matches(parsed.message())) {
                found.add(parsed.message().ref());
            }
        }
        return new ChangePage(found, listed.next(), listed.hasMore(), -1);
    }

    @Override
    public List<FetchedMessage> fetchHeaders(Mailbox mailbox, List<MessageRef> refs) {
        MailExport export = export(mailbox);
        return refs.stream().map(ref -> {
            if (!ref.mailbox().equals(mailbox)) {
                throw new IllegalArgumentException(ref + " is not a message of " + mailbox);
            }
            return fetch(export, ref, ParsedMessage.Detail.HEADERS);
        }).toList();
    }

    @Override
    public FetchedMessage fetchFull(MessageRef ref) {
        return fetch(export(ref.mailbox()), ref, ParsedMessage.Detail.FULL);
    }

    private FetchedMessage fetch(MailExport export, MessageRef ref, ParsedMessage.Detail detail) {
        boolean full = detail == ParsedMessage.Detail.FULL;
        Optional<MboxEntry> found = export.find(ref, full ? MboxReader.Reading.FULL : MboxReader.Reading.HEAD);
        if (found.isEmpty()) {
            return new FetchedMessage.Vanished(ref);
        }
        MboxEntry entry = found.get();
        if (full && entry.oversized()) {
            return new FetchedMessage.Unparseable(ref, "longer than " + MAX_MESSAGE_BYTES + " bytes: the export may be"
                    + " missing a separator", RawHeaders.of(entry.head()).preview(Quarantined.PARTIAL_LIMIT));
        }
        ParseOutcome outcome = parser.parse(ref, full ? entry.contentOrNull() : entry.head(), detail,
                FromLine.parse(entry.fromLine()).receivedAt().orElse(null));
        if (!outcome.problems().isEmpty()) {
            LOG.debug("{} read at {} with problems: {}", ref, detail, outcome.problems());
        }
        return outcome.fetched();
    }

    private MailExport export(Mailbox mailbox) {
        MailExport export = exports.get(mailbox);
        if (export == null) {
            throw new IllegalArgumentException("no Takeout export is configured for " + mailbox);
        }
        return export;
    }
}
