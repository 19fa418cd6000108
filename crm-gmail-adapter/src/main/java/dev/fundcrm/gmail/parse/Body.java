package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.AttachmentMeta;
import java.util.List;

/**
 * What a walk of the MIME tree read: the text for the excerpt, the attachments' metadata, how many parts it
 * visited, and whether a limit stopped the walk before the whole tree was seen.
 */
record Body(String text, List<AttachmentMeta> attachments, int partsRead, boolean limitReached) {

    Body {
        attachments = List.copyOf(attachments);
    }

    boolean isEmpty() {
        return text.isBlank() && attachments.isEmpty();
    }

    Body withLimitReached() {
        return new Body(text, attachments, partsRead, true);
    }
}
