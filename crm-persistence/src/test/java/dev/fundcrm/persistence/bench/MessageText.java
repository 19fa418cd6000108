package dev.fundcrm.persistence.bench;

import dev.fundcrm.domain.model.AttachmentMeta;
import java.util.List;
import java.util.SplittableRandom;

/** Plausible subjects, excerpts, attachments and References headers for synthetic mail. Stateless. */
final class MessageText {

    private static final List<String> SUBJECTS = List.of("Capital call notice", "Quarterly report",
            "Fund IV first close", "Side letter comments", "Annual meeting logistics", "Co-investment opportunity",
            "K-1 timing", "Intro: founder of a portfolio company", "Distribution notice", "LPAC agenda");
    private static final List<String> WORDS = List.of("thanks", "for", "the", "update", "on", "fund", "we", "would",
            "like", "to", "discuss", "allocation", "next", "quarter", "please", "find", "attached", "our", "comments",
            "regarding", "capital", "call", "timing", "and", "distribution", "schedule", "happy", "to", "set", "up",
            "a", "call", "with", "investment", "committee", "portfolio", "valuation", "review", "best", "regards");

    private final long seed;

    MessageText(long seed) {
        this.seed = seed;
    }

    String subject(SplittableRandom random) {
        return SUBJECTS.get(random.nextInt(SUBJECTS.size()));
    }

    /** 450 to 549 characters of words. */
    String excerpt(SplittableRandom random) {
        int length = 450 + random.nextInt(100);
        StringBuilder excerpt = new StringBuilder(length + 20);
        while (excerpt.length() < length) {
            excerpt.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return excerpt.substring(0, length);
    }

    AttachmentMeta attachment(SplittableRandom random, long origin) {
        return random.nextBoolean()
                ? new AttachmentMeta("Report-" + origin + ".pdf", "application/pdf", 20_000 + random.nextInt(5_000_000))
                : new AttachmentMeta("Model " + origin + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        5_000 + random.nextInt(900_000));
    }

    /** One to three earlier Message-IDs of the thread. */
    String references(SplittableRandom random, long origin) {
        StringBuilder references = new StringBuilder();
        for (int back = 1 + random.nextInt(3); back >= 1; back--) {
            references.append(references.length() == 0 ? "" : " ").append('<')
                    .append(SyntheticMail.hex(SyntheticMail.mix(seed + 4, origin - back)))
                    .append("@mail.gmail.example>");
        }
        return references.toString();
    }
}
