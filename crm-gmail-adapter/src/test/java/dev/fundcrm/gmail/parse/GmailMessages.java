package dev.fundcrm.gmail.parse;

import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartBody;
import com.google.api.services.gmail.model.MessagePartHeader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Gmail API messages as {@code users.messages.get} returns them, for the parser tests. */
final class GmailMessages {

    static final long INTERNAL_DATE = 1_709_542_800_000L; // 2024-03-04T09:00:00Z

    private GmailMessages() {
    }

    static Message message(MessagePart payload, String... labelIds) {
        return new Message().setId("18e0a1b2c3d4e5f6").setThreadId("18e0a1b2c3d4e5f6")
                .setLabelIds(List.of(labelIds)).setInternalDate(INTERNAL_DATE).setPayload(payload);
    }

    /** The top part with the usual headers of a message from an LP to the mailbox, plus {@code extra}. */
    static MessagePart top(String mimeType, MessagePartHeader... extra) {
        List<MessagePartHeader> headers = new ArrayList<>(List.of(
                header("From", "Lena Partner <lena@lp.example>"), header("To", "anna@fund.example"),
                header("Message-ID", "<m1@lp.example>"), header("Subject", "Fund III"),
                header("Date", "Mon, 4 Mar 2024 10:00:00 +0100")));
        headers.addAll(Arrays.asList(extra));
        return new MessagePart().setPartId("").setMimeType(mimeType).setFilename("").setHeaders(headers)
                .setBody(new MessagePartBody().setSize(0));
    }

    static MessagePartHeader header(String name, String value) {
        return new MessagePartHeader().setName(name).setValue(value);
    }

    static MessagePart multipart(MessagePart top, MessagePart... parts) {
        return top.setParts(List.of(parts));
    }

    static MessagePart multipart(String mimeType, MessagePart... parts) {
        return new MessagePart().setMimeType(mimeType).setFilename("").setHeaders(List.of())
                .setBody(new MessagePartBody().setSize(0)).setParts(List.of(parts));
    }

    static MessagePart text(String mimeType, String charset, String text) {
        return text(mimeType, charset, text.getBytes(Charset.forName(charset)));
    }

    static MessagePart text(String mimeType, String charset, byte[] bytes) {
        return new MessagePart().setMimeType(mimeType).setFilename("")
                .setHeaders(List.of(header("Content-Type", mimeType + "; charset=\"" + charset + "\"")))
                .setBody(new MessagePartBody().setSize(bytes.length)
                        .setData(Base64.getUrlEncoder().encodeToString(bytes)));
    }

    static MessagePart attachment(String filename, String mimeType, int size) {
        return new MessagePart().setMimeType(mimeType).setFilename(filename)
                .setHeaders(List.of(header("Content-Disposition", "attachment; filename=\"" + filename + "\"")))
                .setBody(new MessagePartBody().setSize(size).setAttachmentId("ANGjdJ8" + filename.hashCode()));
    }
}
