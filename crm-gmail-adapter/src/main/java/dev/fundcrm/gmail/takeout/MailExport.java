package dev.fundcrm.gmail.takeout;

import dev.fundcrm.domain.model.ChangePage;
import dev.fundcrm.domain.model.Checkpoint;
import dev.fundcrm.domain.model.MessageRef;
import java.util.Optional;

/** One team mailbox's export on disk: an mbox file ({@link MboxExport}) or a folder of .eml files. */
interface MailExport {

    /** A page of the messages after the checkpoint, in the export's order. */
    ChangePage changes(Checkpoint since, int pageSize);

    /** The message listed under the ref's id, read as asked; empty if the export no longer holds it. */
    Optional<MboxEntry> find(MessageRef ref, MboxReader.Reading reading);
}
