package dev.fundcrm.app.demo;

import static dev.fundcrm.app.demo.DemoFundSeed.ALICE;
import static dev.fundcrm.app.demo.DemoFundSeed.ALICE_ALIAS;
import static dev.fundcrm.app.demo.DemoFundSeed.BOB;
import static dev.fundcrm.app.demo.DemoFundSeed.BOB_ALIAS;
import static dev.fundcrm.app.demo.DemoFundSeed.CAROL;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Writes the demo's Google Takeout exports, {@code demo/alice.mbox} and {@code demo/bob.mbox} (crm-app's main
 * resources), for the fund of {@link DemoFundSeed}: LP threads (replies, aliases, a normalized address, free
 * mail, non-ASCII names and subjects, attachments, HTML), mail from unknown people at LP organizations' domains
 * and a subdomain, internal-only mail, automated mail and newsletters, blocklisted senders, strangers on free
 * mail and at unknown companies, messages in both mailboxes, messages without a Message-ID and two that can't
 * be parsed. Deterministic: the same bytes on every run ({@code DemoMboxTest} checks the committed files).
 *
 * <p>To write the files again after changing this class: {@code mvn -B -q -pl crm-app -am test -Dtest=DemoMboxTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfundcrm.demo.regenerate=true}.
 */
public final class DemoMboxGenerator {

    /** The demo's last mail; the first is about four months earlier. */
    public static final Instant LAST_MAIL = Instant.parse("2026-11-24T09:00:00Z");
    /** Where the files go, from crm-app's directory (where its tests run). */
    static final Path OUTPUT = Path.of("src", "main", "resources", "demo");

    private static final DateTimeFormatter FROM_LINE_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx yyyy", Locale.US).withZone(ZoneOffset.UTC);
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final Random random = new Random(2026);
    private final List<Letter> letters = new ArrayList<>();
    private int sequence;

    /** Writes the files into {@link #OUTPUT}. */
    static void write() throws IOException {
        Files.createDirectories(OUTPUT);
        for (Map.Entry<String, byte[]> file : generate().entrySet()) {
            Files.write(OUTPUT.resolve(file.getKey()), file.getValue());
        }
    }

    /** The mbox files by name ({@code alice.mbox}, {@code bob.mbox}). */
    public static Map<String, byte[]> generate() {
        DemoMboxGenerator generator = new DemoMboxGenerator();
        generator.lpThreads();
        generator.organizationStrangers();
        generator.internal();
        generator.automated();
        generator.blocklisted();
        generator.strangers();
        generator.withoutMessageId();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("alice.mbox", generator.mbox(ALICE, ALICE_ALIAS, "a-broken"));
        files.put("bob.mbox", generator.mbox(BOB, BOB_ALIAS, "b-broken"));
        return files;
    }

    // ---- what the mailboxes hold ----

    private static final List<String> LP_SUBJECTS = List.of("Q3 capital account statement", "Capital call notice",
            "Fund III closing timeline", "Side letter comments", "Annual meeting agenda", "Co-investment memo",
            "K-1 timing", "ESG questionnaire", "Re-up for Fund IV", "Distribution notice", "Valuation policy question",
            "LPAC nomination", "Quarterly report feedback", "Wire instructions check", "Portfolio company exits");
    private static final List<String> LOCAL_SUBJECTS = List.of("Frage zur Kapitalabrufung", "Spørsmål om utdeling",
            "关于第三期基金的问题", "Questions sur le rapport trimestriel");

    private void lpThreads() {
        List<List<String>> contacts = DemoFundSeed.CONTACTS;
        for (int c = 0; c < contacts.size(); c++) {
            List<String> contact = contacts.get(c);
            String name = contact.get(0);
            List<String> addresses = contact.subList(2, contact.size()).stream().map(a -> a.replace("~", "")).toList();
            for (int t = 0; t < 3; t++) {
                String member = (c + t) % 2 == 0 ? ALICE : BOB;
                String subject = t == 2 && c >= 4 ? LOCAL_SUBJECTS.get(c - 4) : LP_SUBJECTS.get((c * 3 + t) % 15);
                Instant start = LAST_MAIL.minus(Duration.ofDays(5 + random.nextInt(110)));
                int length = 2 + random.nextInt(3);
                boolean ccOther = random.nextInt(4) == 0;
                Letter previous = null;
                for (int m = 0; m < length; m++) {
                    boolean fromLp = m % 2 == 0;
                    String lpAddress = addresses.get(addresses.size() > 1 && m == 2 ? 1 : 0);
                    if (lpAddress.startsWith("maria.garcia") && t == 1 && m == 0) {
                        lpAddress = "Maria.Garcia+lp@googlemail.com";
                    }
                    String teamAddress = m == 3 ? alias(member) : member;
                    Letter letter = fromLp
                            ? new Letter(name, lpAddress, List.of(teamAddress), subjectOf(subject, m))
                            : new Letter(teamName(member), teamAddress, List.of(lpAddress), subjectOf(subject, m));
                    letter.sentAt = start.plus(Duration.ofHours(m * (6L + random.nextInt(40))));
                    if (ccOther) {
                        letter.cc.add(other(member));
                    }
                    if (previous != null) {
                        letter.inReplyTo(previous);
                    }
                    letter.body = body(fromLp ? name : teamName(member), subject, m);
                    if (fromLp && m == 0 && t == 0) {
                        letter.attachment = subject.replace(' ', '-') + ".pdf";
                    }
                    if (!fromLp && t == 1) {
                        letter.html = true;
                    }
                    add(letter);
                    previous = letter;
                }
            }
        }
        // Awaiting our reply: an LP's question, unanswered, two to four days old.
        Letter waiting = new Letter("Jane Doe", "jane.doe@acmepension.com", List.of(ALICE), "Capital call notice question");
        waiting.sentAt = LAST_MAIL.minus(Duration.ofDays(3));
        waiting.body = body("Jane Doe", "the capital call", 0);
        add(waiting);
        // An LP writing to both team members, and one with a blocklisted address in copy.
        Letter both = new Letter("Tom Lee", "tom@initech.edu", List.of(ALICE, BOB), "Initech commitment for 2027");
        both.sentAt = LAST_MAIL.minus(Duration.ofDays(2));
        both.body = body("Tom Lee", "our 2027 commitment", 0);
        add(both);
        Letter blockedCc = new Letter("Tom Lee", "tom@initech.edu", List.of(BOB), "Initech annual meeting");
        blockedCc.cc.add("doctor@clinic.example");
        blockedCc.sentAt = LAST_MAIL.minus(Duration.ofDays(4));
        blockedCc.body = body("Tom Lee", "the annual meeting", 0);
        add(blockedCc);
    }

    private void organizationStrangers() {
        String[][] people = {
                {"Ann Analyst", "analyst@eu.acmepension.com", "Data room access request"},
                {"Grace Hopper", "cfo@globex.com", "Introduction: Globex CFO"},
                {"Grace Hopper", "cfo@globex.com", "Globex CFO follow-up"},
                {"Treasury Desk", "treasury@umbrella-swf.example", "Allocation review 2027"},
                {"Klaus Becker", "k.becker@mueller-stiftung.de", "Neue Ansprechperson"},
                {"Ingrid Berg", "ingrid.berg@nordlys.no", "Due diligence questionnaire"},
                {"Investment Office", "investments@initech.edu", "Pacing plan"},
                {"Paul Martin", "paul.martin@acmepension.com", "Secondary sale interest"},
                {"Globex Legal", "legal@globex.com", "NDA for the co-investment"},
                {"Operations", "ops@lp.umbrella-swf.example", "Capital call contact update"}};
        for (int i = 0; i < people.length; i++) {
            String member = i % 2 == 0 ? ALICE : BOB;
            Letter letter = new Letter(people[i][0], people[i][1], List.of(member), people[i][2]);
            letter.sentAt = LAST_MAIL.minus(Duration.ofDays(1 + random.nextInt(60)));
            letter.body = body(people[i][0], people[i][2], 0);
            add(letter);
        }
    }

    private void internal() {
        String[] subjects = {"Lunch on Friday?", "IC prep notes", "Team offsite agenda", "Pipeline review",
                "Board deck draft", "Expense report", "LP update draft", "Hiring: associate", "Portfolio review",
                "Fund IV model", "Travel plan", "Weekly sync notes"};
        String[][] routes = {{ALICE, BOB}, {BOB, ALICE}, {CAROL, ALICE}, {CAROL, BOB}, {ALICE_ALIAS, BOB},
                {BOB_ALIAS, ALICE}, {"dave@northwind.vc", ALICE}, {"dave@northwind.vc", BOB}};
        for (int i = 0; i < 40; i++) {
            String[] route = routes[i % routes.length];
            Letter letter = new Letter(teamName(route[0]), route[0], List.of(route[1]),
                    subjects[i % subjects.length] + (i >= subjects.length ? " (" + (i / subjects.length + 1) + ")" : ""));
            if (i % 5 == 0) {
                letter.cc.add(CAROL);
            }
            letter.sentAt = LAST_MAIL.minus(Duration.ofHours(2 + random.nextInt(2800)));
            letter.body = body(teamName(route[0]), letter.subject, 0);
            add(letter);
        }
    }

    private void automated() {
        for (int i = 0; i < 32; i++) {
            String member = i % 2 == 0 ? ALICE : BOB;
            Letter letter;
            switch (i % 8) {
                case 0 -> letter = new Letter("DocuSign", "noreply@docusign.net", List.of(member),
                        "Please sign: Subscription agreement #" + (100 + i));
                case 1 -> {
                    letter = new Letter("VC Weekly", "editor@vcweekly.example", List.of(member),
                            "This week in venture #" + (40 + i));
                    letter.headers.put("List-Unsubscribe", "<mailto:unsubscribe@vcweekly.example>");
                }
                case 2 -> {
                    letter = new Letter("Shop", "offers@shop.example", List.of(member), "Black Friday: " + (10 + i)
                            + "% off");
                    letter.labels = "Inbox,Category Promotions";
                }
                case 3 -> {
                    letter = new Letter("Jane Doe", "jane.doe@acmepension.com", List.of(member),
                            "Out of office: back Monday");
                    letter.headers.put("Auto-Submitted", "auto-replied");
                }
                case 4 -> letter = new Letter("Google Calendar", "calendar-notification@google.com", List.of(member),
                        "Invitation: LP call @ " + (9 + i % 8) + ":00");
                case 5 -> {
                    letter = new Letter("SaaS", "updates@saas.example", List.of(member), "Your monthly usage " + i);
                    letter.headers.put("Precedence", "bulk");
                }
                case 6 -> {
                    letter = new Letter("LinkedIn", "messages@linkedin.com", List.of(member),
                            "You appeared in " + i + " searches");
                    letter.labels = "Inbox,Category Social";
                }
                default -> letter = new Letter("Mail Delivery Subsystem", "mailer-daemon@googlemail.com",
                        List.of(member), "Delivery Status Notification (Failure) " + i);
            }
            letter.sentAt = LAST_MAIL.minus(Duration.ofHours(1 + random.nextInt(2800)));
            letter.body = "This is an automated message. (" + i + ")";
            add(letter);
        }
    }

    private void blocklisted() {
        for (int i = 0; i < 8; i++) {
            String member = i % 2 == 0 ? ALICE : BOB;
            Letter letter = i % 2 == 0
                    ? new Letter("Sales", "sales@mail.spam-vendor.com", List.of(member), "Grow your LP base " + (i + 2) + "x")
                    : new Letter("Dr. Who", "doctor@clinic.example", List.of(member), "Your appointment #" + i);
            letter.sentAt = LAST_MAIL.minus(Duration.ofHours(1 + random.nextInt(2000)));
            letter.body = body(letter.fromName, letter.subject, 0);
            add(letter);
        }
    }

    private void strangers() {
        String[][] people = {{"Old Friend", "old.friend@gmail.com"}, {"Cousin Ella", "ella1990@yahoo.com"},
                {"Neighbour", "neighbour@outlook.com"}, {"Founder", "founder@rocketstartup.io"},
                {"Someone", "someone@randomco.com"}, {"Recruiter", "recruiter@talentco.io"},
                {"Conference Team", "team@vcsummit.example"}, {"José Núñez", "jose@fintech-latam.example"},
                {"Priya Raman", "priya@deeptech.example"}, {"Analyst", "research@bankco.example"}};
        String[] subjects = {"Barbecue this weekend", "Quick question about your fund", "Pitch deck: seed round",
                "Speaker invitation", "Coffee next week?", "Exciting CFO role", "Market map feedback"};
        for (int i = 0; i < 30; i++) {
            String[] person = people[i % people.length];
            String member = i % 3 == 0 ? BOB : ALICE;
            Letter letter = new Letter(person[0], person[1], List.of(member), subjects[i % subjects.length]
                    + (i >= subjects.length ? " " + i : ""));
            letter.sentAt = LAST_MAIL.minus(Duration.ofHours(1 + random.nextInt(2800)));
            letter.body = body(person[0], letter.subject, 0);
            if (i % 7 == 3) {
                letter.cc.add(other(member));
            }
            add(letter);
        }
    }

    private void withoutMessageId() {
        Letter lp = new Letter("Raj Patel", "raj@globex.com", List.of(ALICE), "Globex allocation question");
        lp.sentAt = LAST_MAIL.minus(Duration.ofDays(2));
        lp.body = body("Raj Patel", "our allocation", 0);
        lp.noMessageId = true;
        add(lp);
        Letter note = new Letter("Bob Jones", BOB, List.of(ALICE), "Note without an id");
        note.sentAt = LAST_MAIL.minus(Duration.ofDays(9));
        note.body = "Just a note.";
        note.noMessageId = true;
        add(note);
    }

    // ---- writing ----

    private void add(Letter letter) {
        letter.number = ++sequence;
        letters.add(letter);
    }

    private byte[] mbox(String mailbox, String alias, String brokenName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Letter> mine = letters.stream().filter(letter -> letter.involves(mailbox, alias))
                .sorted(Comparator.comparing((Letter letter) -> letter.sentAt).thenComparing(letter -> letter.number))
                .toList();
        long id = mailbox.equals(ALICE) ? 1_790_000_000_000_000_000L : 1_790_500_000_000_000_000L;
        for (Letter letter : mine) {
            id += 7_919;
            write(out, fromLine(id, letter.sentAt), letter.raw());
        }
        id += 7_919;
        write(out, fromLine(id, LAST_MAIL.minus(Duration.ofDays(7))), broken(brokenName, mailbox));
        id += 7_919;
        write(out, fromLine(id, LAST_MAIL.minus(Duration.ofDays(6))), "X-Junk: \u00ff\u00fe\nSubject: no sender ("
                + brokenName + ")\nDate: yesterday-ish\n\n\u0001\u0002 binary garbage\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String fromLine, String message) {
        String text = fromLine + "\n" + message.replace("\r\n", "\n");
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.writeBytes((text.endsWith("\n") ? "\n" : "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String fromLine(long id, Instant receivedAt) {
        return "From " + id + "@xxx " + FROM_LINE_DATE.format(receivedAt);
    }

    /**
     * LP mail with a broken body, one per mailbox: a multipart without its boundary, an unknown charset (captured
     * with what can be read). The message after it in each file has neither sender nor Message-ID: quarantined.
     */
    private static String broken(String name, String mailbox) {
        if (name.startsWith("a")) {
            return "From: Jane Doe <jane.doe@acmepension.com>\nTo: " + mailbox + "\nSubject: (unreadable)\nMessage-ID: <" + name
                    + "@example.org>\nDate: Tue, 17 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
                    + "Content-Type: multipart/mixed\n\nno boundary here\n";
        }
        return "From: Tom Lee <tom@initech.edu>\nTo: " + mailbox + "\nSubject: =?x-martian?Q?hello?=\nMessage-ID: <" + name
                + "@example.org>\nDate: Tue, 17 Nov 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=x-martian\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=\n";
    }

    private static String subjectOf(String subject, int position) {
        return position == 0 ? subject : "Re: " + subject;
    }

    private String body(String author, String topic, int position) {
        String[] openings = {"Thanks for the update.", "Following up on our call.", "A quick question.",
                "Please see below.", "Hope you are well."};
        return (position == 0 ? "Hello,\n\n" : "Hi,\n\n") + openings[random.nextInt(openings.length)] + " About "
                + topic + ": could we go through it this week?\n\nBest regards,\n" + author + "\n";
    }

    private static String teamName(String address) {
        return switch (address) {
            case ALICE, ALICE_ALIAS -> "Alice Smith";
            case BOB, BOB_ALIAS -> "Bob Jones";
            case CAROL -> "Carol King";
            default -> "Dave Brown";
        };
    }

    private static String alias(String member) {
        return member.equals(ALICE) ? ALICE_ALIAS : BOB_ALIAS;
    }

    private static String other(String member) {
        return member.equals(ALICE) ? BOB : ALICE;
    }

    /** A multipart with a fixed boundary: Angus Mail's own is random, and the files must not change between runs. */
    private static final class FixedBoundary extends MimeMultipart {
        FixedBoundary(String subtype, String boundary) {
            super(subtype);
            contentType = "multipart/" + subtype + "; boundary=\"" + boundary + "\"";
        }
    }

    /** One message, as it is written into every mailbox it reached. */
    private static final class Letter {
        final String fromName;
        final String from;
        final List<String> to;
        final List<String> cc = new ArrayList<>();
        final String subject;
        final Map<String, String> headers = new LinkedHashMap<>();
        Instant sentAt;
        String body = "";
        String labels = "Inbox";
        String inReplyTo;
        String references;
        String attachment;
        boolean html;
        boolean noMessageId;
        int number;

        Letter(String fromName, String from, List<String> to, String subject) {
            this.fromName = fromName;
            this.from = from;
            this.to = List.copyOf(to);
            this.subject = subject;
        }

        String messageId() {
            return "<demo-" + number + "." + from.substring(from.indexOf('@') + 1) + "@fundcrm.example>";
        }

        void inReplyTo(Letter previous) {
            inReplyTo = previous.messageId();
            references = previous.references == null ? previous.messageId()
                    : previous.references + " " + previous.messageId();
        }

        boolean involves(String mailbox, String alias) {
            List<String> all = new ArrayList<>(to);
            all.addAll(cc);
            all.add(from);
            return all.stream().anyMatch(address -> address.equalsIgnoreCase(mailbox) || address.equalsIgnoreCase(alias));
        }

        String raw() {
            try {
                MimeMessage message = new MimeMessage(SESSION);
                message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
                for (String address : to) {
                    message.addRecipient(RecipientType.TO, new InternetAddress(address));
                }
                for (String address : cc) {
                    message.addRecipient(RecipientType.CC, new InternetAddress(address));
                }
                message.setSubject(subject, "UTF-8");
                message.setSentDate(Date.from(sentAt));
                if (attachment != null || html) {
                    MimeMultipart parts = new FixedBoundary(html ? "alternative" : "mixed", "demo-part-" + number);
                    MimeBodyPart text = new MimeBodyPart();
                    text.setText(body, "UTF-8");
                    parts.addBodyPart(text);
                    MimeBodyPart second = new MimeBodyPart();
                    if (html) {
                        second.setContent("<p>" + body.replace("&", "&amp;").replace("<", "&lt;")
                                .replace("\n", "<br>") + "</p>", "text/html; charset=UTF-8");
                    } else {
                        second.setDataHandler(new DataHandler(new ByteArrayDataSource(PDF, "application/pdf")));
                        second.setFileName(attachment);
                    }
                    parts.addBodyPart(second);
                    message.setContent(parts);
                } else {
                    message.setText(body, "UTF-8");
                }
                message.saveChanges();
                if (noMessageId) {
                    message.removeHeader("Message-ID");
                } else {
                    message.setHeader("Message-ID", messageId());
                }
                if (inReplyTo != null) {
                    message.setHeader("In-Reply-To", inReplyTo);
                    message.setHeader("References", references);
                }
                message.setHeader("X-Gmail-Labels", labels);
                for (Map.Entry<String, String> header : headers.entrySet()) {
                    message.setHeader(header.getKey(), header.getValue());
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                message.writeTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (MessagingException | IOException e) {
                throw new UncheckedIOException(new IOException("cannot write demo message " + number, e));
            }
        }
    }
}
