package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.GmailMessageId;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.port.out.CaptureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One team mailbox's Takeout mbox file: listing from a byte offset, and finding a listed message again.
 *
 * <p>It remembers the last page listed (offset and a digest of the header section per message, never the
 * bytes) and reads a message there again when it is fetched; if the file changed under it (a new export)
 * and the message is not at its offset any more, it scans the file for the id, and a message not found is
 * gone. Thread-safe: every method is synchronized.
 */
final class MboxExport implements MailExport {

    /** A message of the last page: where it was, and what its header section was. */
    private record Listed(long offset, byte[] headDigest) {
    }

    private final Mailbox mailbox;
    private final Path path;
    private final int headLimit;
    private final int contentLimit;
    private Map<GmailMessageId, Listed> lastPage = Map.of();

    MboxExport(Mailbox mailbox, Path path, int headLimit, int contentLimit) {
        this.mailbox = mailbox;
        this.path = path;
        this.headLimit = headLimit;
        this.contentLimit = contentLimit;
    }

    @Override
    public synchronized ChangePage changes(Checkpoint since, int pageSize) {
        MboxCheckpoint from = MboxCheckpoint.of(since);
        try (FileChannel file = open()) {
            long size = file.size();
            requireSeparatorAt(file, from.offset(), size);
            Map<GmailMessageId, Listed> page = new LinkedHashMap<>();
            List<MessageRef> refs = new ArrayList<>();
            MboxReader reader = reader(file, from.offset());
            long read = 0;
            for (MboxEntry entry; read < pageSize && (entry = reader.next(MboxReader.Reading.LISTING)) != null;
                    read++) {
                MessageRef ref = ref(entry);
                if (page.putIfAbsent(ref.messageId(), new Listed(entry.offset(), Sha256.of(entry.head()))) == null) {
                    refs.add(ref);
                }
            }
            lastPage = page;
            MboxCheckpoint next = new MboxCheckpoint(reader.nextOffset(), from.index() + read);
            boolean more = reader.hasNext();
            long estimate = more && next.offset() > 0 ? next.index() * size / next.offset() : next.index();
            return new ChangePage(refs, next.toCheckpoint(), more, estimate);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public synchronized Optional<MboxEntry> find(MessageRef ref, MboxReader.Reading reading) {
        try (FileChannel file = open()) {
            Listed listed = lastPage.get(ref.messageId());
            if (listed != null && listed.offset() < file.size()) {
                MboxEntry entry = reader(file, listed.offset()).next(reading);
                if (entry != null && Arrays.equals(Sha256.of(entry.head()), listed.headDigest())) {
                    return Optional.of(entry);
                }
            }
            MboxReader scan = reader(file, 0);
            for (MboxEntry entry; (entry = scan.next(MboxReader.Reading.LISTING)) != null; ) {
                if (ref(entry).messageId().equals(ref.messageId())) {
                    return Optional.ofNullable(reader(file, entry.offset()).next(reading));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private MessageRef ref(MboxEntry entry) {
        return TakeoutIds.ref(mailbox, entry);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(path, StandardOpenOption.READ);
    }

    private MboxReader reader(FileChannel file, long offset) throws IOException {
        file.position(offset);
        InputStream in = Channels.newInputStream(file);
        return new MboxReader(in, offset, headLimit, contentLimit);
    }

    // A checkpoint must point at a separator or the end: otherwise the file was replaced since.
    private void requireSeparatorAt(FileChannel file, long offset, long size) throws IOException {
        if (offset == 0 || offset == size) {
            return;
        }
        ByteBuffer start = ByteBuffer.allocate(5);
        if (offset < size) {
            file.read(start, offset);
        }
        if (offset > size || !new String(start.array(), StandardCharsets.US_ASCII).equals("From ")) {
            throw new CaptureException(CaptureException.Kind.HISTORY_EXPIRED, "the Takeout export of " + mailbox
                    + " changed since offset " + offset + " was listed: reading it again from the start");
        }
    }

    private CaptureException failure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaptureException(CaptureException.Kind.PERMISSION, "the Takeout export of " + mailbox
                    + " is missing: " + path.getFileName(), e);
        }
        return new CaptureException(CaptureException.Kind.TEMPORARY, "reading the Takeout export of " + mailbox
                + " failed", e);
    }
}
