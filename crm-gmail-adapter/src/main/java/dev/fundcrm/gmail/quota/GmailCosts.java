package dev.fundcrm.gmail.quota;

/**
 * What each Gmail API method costs in quota units, and how many units a user may spend per minute.
 *
 * <p>Google changed both on 2026-05-01: projects created since then get 6,000 units per user per minute
 * with {@code messages.get} at 20 units; projects that used the API between November 2025 and April 2026
 * keep 15,000 units per minute with {@code messages.get} at 5. The other methods cost the same in both.
 * Configure the table that matches the fund's Google Cloud project (see docs/gmail-setup.md).
 */
public record GmailCosts(int unitsPerUserPerMinute, int messagesGet, int messagesList, int historyList,
                         int getProfile, int draftsCreate, int messagesSend) {

    public GmailCosts {
        if (unitsPerUserPerMinute < 1) {
            throw new IllegalArgumentException("the per-user budget must be positive, was " + unitsPerUserPerMinute);
        }
        for (int cost : new int[] {messagesGet, messagesList, historyList, getProfile, draftsCreate, messagesSend}) {
            if (cost < 1 || cost > unitsPerUserPerMinute) {
                throw new IllegalArgumentException("a method costs 1 to " + unitsPerUserPerMinute + " units, was "
                        + cost);
            }
        }
    }

    /** Projects created on or after 2026-05-01: the default. */
    public static GmailCosts since2026() {
        return new GmailCosts(6_000, 20, 5, 2, 1, 10, 100);
    }

    /** Projects that used the Gmail API between November 2025 and April 2026. */
    public static GmailCosts before2026() {
        return new GmailCosts(15_000, 5, 5, 2, 1, 10, 100);
    }

    /**
     * The table named in configuration: {@code 2026} (default) or {@code legacy}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static GmailCosts named(String name) {
        return switch (name == null ? "" : name.strip()) {
            case "", "2026" -> since2026();
            case "legacy" -> before2026();
            default -> throw new IllegalArgumentException("unknown Gmail quota table '" + name
                    + "': use 2026 (projects created since 2026-05-01) or legacy");
        };
    }

    /** The same costs with another per-user budget (a benchmark scales the budget down with the mailbox). */
    public GmailCosts withBudget(int units) {
        return new GmailCosts(units, messagesGet, messagesList, historyList, getProfile, draftsCreate, messagesSend);
    }
}
