package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.contract.MailboxSourceContract;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** A folder of .eml files keeps the MailboxSource contract too: one file per message, named in arrival order. */
class EmlFolderContractTest extends MailboxSourceContract {

    @TempDir
    Path folder;

    private int arrivals;

    @Override
    protected MailboxSource sourceWith(Mailbox mailbox, List<ParsedMessage> messages) {
        Map<Mailbox, Path> folders = Map.of(Mailbox.of(ANNA), folder.resolve("anna"), Mailbox.of(BEN), folder.resolve("ben"));
        try {
            for (Path each : folders.values()) {
                Files.createDirectories(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messages.forEach(this::deliver);
        return new MboxMailboxSource(folders);
    }

    @Override
    protected void deliver(ParsedMessage message) {
        try {
            Files.write(file(message.ref()), MboxWriter.rfc5322(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void delete(MessageRef ref) {
        try {
            try (var files = Files.list(folder.resolve(ref.mailbox().address().localPart()))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-" + ref.messageId() + ".eml")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(MessageRef ref) {
        return folder.resolve(ref.mailbox().address().localPart())
                .resolve(String.format("%04d-%s.eml", ++arrivals, ref.messageId()));
    }
}
