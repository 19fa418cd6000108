package dev.fundcrm.gmail.parse;

import java.util.List;

/**
 * One part of a message's MIME tree, as a parser sees it: a Gmail API {@code MessagePart} or an Angus Mail
 * part over raw bytes. {@link BodyWalker} walks either kind the same way.
 */
interface MimeNode {

    /** Where the part is, {@code 1.2} style ("" for the message itself); for problems, never content. */
    String path();

    MediaType mediaType();

    /** The attachment's file name, decoded; "" if it has none. */
    String filename();

    /** Whether Content-Disposition says {@code attachment}. */
    boolean isAttachmentDisposition();

    /** The content's size in bytes once its transfer encoding is undone; -1 if unknown. */
    long sizeBytes();

    /** The parts of a multipart, in order. */
    List<MimeNode> children() throws UnreadablePartException;

    /** At most {@code maxBytes} of the content, its transfer encoding undone. */
    byte[] content(int maxBytes) throws UnreadablePartException;
}
