package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.contract.MailboxSourceContract;
import dev.fundcrm.domain.model.Mailbox;
import dev.fundcrm.domain.model.MessageRef;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.port.out.MailboxSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The mbox source keeps the MailboxSource contract over real mbox files, written as Takeout writes them. */
class MboxMailboxSourceContractTest extends MailboxSourceContract {

    @TempDir
    Path folder;

    private final Map<Mailbox, List<ParsedMessage>> written = new HashMap<>();

    @Override
    protected MailboxSource sourceWith(Mailbox mailbox, List<ParsedMessage> messages) {
        Map<Mailbox, Path> files = Map.of(Mailbox.of(ANNA), folder.resolve("anna.mbox"),
                Mailbox.of(BEN), folder.resolve("ben.mbox"));
        files.forEach((box, file) -> {
            written.put(box, new ArrayList<>(box.equals(mailbox) ? messages : List.of()));
            MboxWriter.write(file, written.get(box));
        });
        return new MboxMailboxSource(files);
    }

    @Override
    protected void deliver(ParsedMessage message) {
        written.get(message.ref().mailbox()).add(message);
        MboxWriter.append(file(message.ref().mailbox()), message);
    }

    @Override
    protected void delete(MessageRef ref) {
        List<ParsedMessage> kept = written.get(ref.mailbox());
        kept.removeIf(message -> message.ref().equals(ref));
        MboxWriter.write(file(ref.mailbox()), kept);
    }

    private Path file(Mailbox mailbox) {
        return folder.resolve(mailbox.address().localPart() + ".mbox");
    }
}
