package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.AttachmentMeta;
import dev.fundcrm.domain.model.ParsedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a MIME tree depth-first for the excerpt and the attachments, within the depth and part limits.
 *
 * <p>Text: every inline {@code text/plain} part, in order; only if there is none, every inline
 * {@code text/html} part reduced to text. An attachment is any other leaf: one with a file name or
 * {@code attachment} disposition, or of another type ({@code message/rfc822}, {@code message/delivery-status},
 * images); its content is never read beyond counting its size where the source does not say it. A part
 * that can't be read (unknown charset or transfer encoding, bad base64, a multipart without its start
 * boundary) is noted and skipped; its siblings are still read. One walker per message.
 */
final class BodyWalker {

    private static final int PLAIN_BYTES_PER_PART = 64 * 1024;
    private static final int HTML_BYTES_PER_PART = HtmlText.INPUT_LIMIT;

    private final ParseLimits limits;
    private final Problems problems;
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<AttachmentMeta> attachments = new ArrayList<>();
    private int visited;
    private boolean partsExhausted;
    private boolean limitReached;

    BodyWalker(ParseLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    Body walk(MimeNode root) {
        visit(root, 0);
        String text = plain.toString().isBlank()
                ? HtmlText.toText(html.toString(), ParsedMessage.EXCERPT_LIMIT)
                : plain.toString().replace("\r\n", "\n").strip();
        return new Body(text, attachments, visited, limitReached);
    }

    static String tooManyParts(ParseLimits limits) {
        return "more than " + limits.maxParts() + " MIME parts: the rest were not read";
    }

    static String tooDeep(ParseLimits limits) {
        return "multipart nesting deeper than " + limits.maxDepth() + " levels: the parts below were not read";
    }

    private void visit(MimeNode node, int depth) {
        if (visited == limits.maxParts()) {
            problems.add(tooManyParts(limits));
            partsExhausted = true;
            limitReached = true;
            return;
        }
        visited++;
        MediaType type = node.mediaType();
        if (type.isMultipart()) {
            visitChildren(node, depth);
        } else if (isInlineText(node, type)) {
            readText(node, type);
        } else {
            attachments.add(new AttachmentMeta(node.filename(), type.type(), node.sizeBytes()));
        }
    }

    private void visitChildren(MimeNode node, int depth) {
        if (depth == limits.maxDepth()) {
            problems.add(tooDeep(limits));
            limitReached = true;
            return;
        }
        List<MimeNode> children;
        try {
            children = node.children();
        } catch (UnreadablePartException e) {
            problems.add(name(node) + ": " + e.reason());
            return;
        }
        for (MimeNode child : children) {
            visit(child, depth + 1);
            if (partsExhausted) {
                return;
            }
        }
    }

    private static boolean isInlineText(MimeNode node, MediaType type) {
        return (type.is("text/plain") || type.is("text/html"))
                && node.filename().isEmpty() && !node.isAttachmentDisposition();
    }

    private void readText(MimeNode node, MediaType type) {
        boolean isPlain = type.is("text/plain");
        StringBuilder target = isPlain ? plain : html;
        int limit = isPlain ? ParsedMessage.EXCERPT_LIMIT : HtmlText.INPUT_LIMIT;
        if (target.length() >= limit) {
            return;
        }
        try {
            String text = TextDecoding.decode(node.content(isPlain ? PLAIN_BYTES_PER_PART : HTML_BYTES_PER_PART),
                    type.charset());
            if (target.length() > 0) {
                target.append(isPlain ? "\n\n" : "\n");
            }
            target.append(text, 0, Math.max(0, Math.min(text.length(), limit - target.length())));
        } catch (UnreadablePartException e) {
            problems.add(name(node) + ": " + e.reason());
        }
    }

    private static String name(MimeNode node) {
        return node.path().isEmpty() ? "the message body" : "part " + node.path();
    }
}
