package dev.fundcrm.gmail.takeout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxReaderTest {

    private static final int HEAD = 64 * 1024;

    private static List<MboxEntry> read(String mbox) throws IOException {
        MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)), 0, HEAD,
                1 << 20);
        List<MboxEntry> entries = new ArrayList<>();
        for (MboxEntry entry; (entry = reader.next(MboxReader.Reading.FULL)) != null; ) {
            entries.add(entry);
        }
        return entries;
    }

    private static String content(MboxEntry entry) {
        return new String(entry.contentOrNull(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsAtFromLinesWithLfOrCrlfAndLeavesTheSeparatorsBlankLineOut() throws IOException {
        List<MboxEntry> entries = read("From 1@xxx Mon Jan 01 00:00:00 +0000 2024\nSubject: one\n\nbody one\n\n"
                + "From 2@xxx Tue Jan 02 00:00:00 +0000 2024\r\nSubject: two\r\n\r\nbody two\r\n\r\n");

        assertThat(entries).extracting(MboxEntry::fromLine).containsExactly(
                "From 1@xxx Mon Jan 01 00:00:00 +0000 2024", "From 2@xxx Tue Jan 02 00:00:00 +0000 2024");
        assertThat(content(entries.get(0))).isEqualTo("Subject: one\n\nbody one\n");
        assertThat(content(entries.get(1))).isEqualTo("Subject: two\r\n\r\nbody two\r\n");
        assertThat(new String(entries.get(1).head(), StandardCharsets.UTF_8)).isEqualTo("Subject: two\r\n\r\n");
        assertThat(entries.get(1).offset()).isEqualTo(entries.get(0).length());
    }

    @Test
    void unquotesOneGreaterThanSignAndKeepsABodyFromAfterTextAsText() throws IOException {
        List<MboxEntry> entries = read("From a@b Mon Jan  1 00:00:00 2024\nSubject: q\n\n>From the desk of\n"
                + ">>From here\nwe go\nFrom where we stand\n");

        assertThat(entries).hasSize(1);
        assertThat(content(entries.get(0)))
                .isEqualTo("Subject: q\n\nFrom the desk of\n>From here\nwe go\nFrom where we stand\n");
    }

    @Test
    void aLineLookingLikeASeparatorStartsAMessageEvenWithoutABlankLineBefore() throws IOException {
        assertThat(read("From 1@xxx Mon Jan 01 00:00:00 +0000 2024\nSubject: one\n\nno blank line after\n"
                + "From 2@xxx Tue Jan 02 00:00:00 +0000 2024\nSubject: two\n\n")).hasSize(2);
    }

    @Test
    void keepsLinesLongerThanOnePieceWhole() throws IOException {
        String longLine = "x".repeat(3 * MboxReader.SEGMENT + 17);

        MboxEntry entry = read("From a@b Mon Jan  1 00:00:00 2024\nSubject: long\n\n" + longLine + "\n").get(0);

        assertThat(content(entry)).isEqualTo("Subject: long\n\n" + longLine + "\n");
    }

    @Test
    void aHeaderSectionThatNeverEndsIsReadOnlyToTheHeaderLimit() throws IOException {
        String endless = "From a@b Mon Jan  1 00:00:00 2024\nX-Junk: " + "j".repeat(4 * 1024 * 1024) + "\n";
        MboxReader reader = new MboxReader(new ByteArrayInputStream(endless.getBytes(StandardCharsets.US_ASCII)), 0,
                HEAD, 1 << 20);

        MboxEntry entry = reader.next(MboxReader.Reading.HEAD);

        assertThat(entry.head()).hasSize(HEAD);
        assertThat(reader.largestHeld()).isLessThanOrEqualTo(HEAD + MboxReader.SEGMENT);
    }

    @Test
    void aFiftyMegabyteMboxIsReadHoldingOneHeaderSectionAtATime(@TempDir Path folder) throws IOException {
        Path mbox = folder.resolve("All mail Including Spam and Trash.mbox");
        int written = writeLargeMbox(mbox, 50L * 1024 * 1024);

        Set<String> digests = new HashSet<>();
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(mbox)) {
            MboxReader reader = new MboxReader(in, 0, HEAD, 1 << 20);
            for (MboxEntry entry; (entry = reader.next(MboxReader.Reading.LISTING)) != null; ) {
                assertThat(entry.contentOrNull()).isNull();
                digests.add(Base64.getEncoder().encodeToString(entry.contentDigest()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("listed %,d messages of a %,d-byte mbox in %.2f s: %.0f MB/s%n", digests.size(),
                    Files.size(mbox), seconds, Files.size(mbox) / 1e6 / seconds);
            assertThat(digests).hasSize(written);
            assertThat(reader.largestHeld()).isLessThanOrEqualTo(HEAD + MboxReader.SEGMENT);
        }
    }

    /** Messages of 2 KB to 2 MB (a base64 attachment each), until the file reaches {@code size}; returns the count. */
    static int writeLargeMbox(Path mbox, long size) throws IOException {
        Random random = new Random(42);
        int count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16)) {
            long total = 0;
            while (total < size) {
                byte[] attachment = new byte[random.nextInt(10) == 0 ? 1_500_000 : 1_000 + random.nextInt(30_000)];
                random.nextBytes(attachment);
                String message = "From " + (1_700_000_000_000_000_000L + count) + "@xxx Mon Mar 04 09:00:00 +0000 2024\r\n"
                        + "From: Lena <lena@lp.example>\r\nTo: anna@fund.example\r\nSubject: Report " + count + "\r\n"
                        + "Message-ID: <r" + count + "@lp.example>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                        + ">From the desk of Lena\r\n--b\r\nContent-Type: application/pdf; name=r.pdf\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--b--\r\n\r\n";
                byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
                out.write(bytes);
                total += bytes.length;
                count++;
            }
        }
        return count;
    }
}
