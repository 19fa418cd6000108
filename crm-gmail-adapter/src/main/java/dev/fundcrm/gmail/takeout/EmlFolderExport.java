package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.port.out.CaptureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One team mailbox's export as a folder of {@code .eml} files, one message each, listed in name order.
 *
 * <p>A checkpoint is the last file name listed ({@code eml:} and the name in base64url), so files named
 * after it are listed next: name files in the order they arrived (a timestamp prefix does). Ids are those
 * of {@link TakeoutIds}, from the file's content, so renaming a file does not change them. Each page lists
 * the folder again: meant for exports of thousands of files, not millions. Thread-safe: every method is
 * synchronized.
 */
final class EmlFolderExport implements MailExport {

    private static final String PREFIX = "eml:";

    private final Mailbox mailbox;
    private final Path folder;
    private final int headLimit;
    private final int contentLimit;
    private Map<GmailMessageId, Path> lastPage = Map.of();

    EmlFolderExport(Mailbox mailbox, Path folder, int headLimit, int contentLimit) {
        this.mailbox = mailbox;
        this.folder = folder;
        this.headLimit = headLimit;
        this.contentLimit = contentLimit;
    }

    @Override
    public synchronized ChangePage changes(Checkpoint since, int pageSize) {
        String after = lastName(since);
        try {
            List<Path> files = files().stream().filter(file -> name(file).compareTo(after) > 0).toList();
            List<Path> listed = files.subList(0, Math.min(pageSize, files.size()));
            Map<GmailMessageId, Path> page = new LinkedHashMap<>();
            List<MessageRef> refs = new ArrayList<>();
            for (Path file : listed) {
                MessageRef ref = TakeoutIds.ref(mailbox, read(file, MboxReader.Reading.LISTING));
                if (page.putIfAbsent(ref.messageId(), file) == null) {
                    refs.add(ref);
                }
            }
            lastPage = page;
            String reached = listed.isEmpty() ? after : name(listed.get(listed.size() - 1));
            Checkpoint next = reached.isEmpty() ? Checkpoint.START : new Checkpoint(PREFIX
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(reached.getBytes(StandardCharsets.UTF_8)));
            return new ChangePage(refs, next, files.size() > listed.size(), -1);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized Optional<MboxEntry> find(MessageRef ref, MboxReader.Reading reading) {
        try {
            Path listed = lastPage.get(ref.messageId());
            List<Path> candidates = new ArrayList<>();
            if (listed != null && Files.isRegularFile(listed)) {
                candidates.add(listed);
            }
            candidates.addAll(files());
            for (Path file : candidates) {
                MessageRef found = TakeoutIds.ref(mailbox, read(file, MboxReader.Reading.LISTING));
                if (found.messageId().equals(ref.messageId())) {
                    return Optional.of(read(file, reading));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> name(file).endsWith(".eml") && Files.isRegularFile(file))
                    .sorted((a, b) -> name(a).compareTo(name(b))).toList();
        }
    }

    private MboxEntry read(Path file, MboxReader.Reading reading) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MboxEntry entry = MboxReader.ofOneMessage(in, headLimit, contentLimit).next(reading);
            return entry != null ? entry
                    : new MboxEntry(0, 0, "", new byte[0], new byte[0], Sha256.of(new byte[0]), false);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String lastName(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return "";
        }
        try {
            if (checkpoint.value().startsWith(PREFIX)) {
                return new String(Base64.getUrlDecoder().decode(checkpoint.value().substring(PREFIX.length())),
                        StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            // reported below with the checkpoint
        }
        throw new IllegalArgumentException("not a checkpoint of an .eml folder: '" + checkpoint.value() + "'");
    }

    private CaptureException failure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaptureException(CaptureException.Kind.PERMISSION, "the export folder of " + mailbox
                    + " is missing: " + folder.getFileName(), e);
        }
        return new CaptureException(CaptureException.Kind.TEMPORARY, "reading the export folder of " + mailbox
                + " failed", e);
    }
}
