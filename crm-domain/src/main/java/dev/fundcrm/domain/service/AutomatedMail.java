package dev.fundcrm.domain.service;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.ParsedMessage;
import dev.fundcrm.domain.model.Participant;
import java.util.Locale;
import java.util.Set;

/** Recognises mail sent by machines: notifications, lists, bounces, auto-replies, Gmail's bulk categories. */
final class AutomatedMail {

    private static final Set<String> MACHINE_LOCAL_PARTS = Set.of(
            "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon",
            "postmaster", "notifications", "notification", "notify", "bounce", "bounces", "alerts",
            "newsletter", "news", "info-noreply", "automated", "auto-confirm", "calendar-notification");
    private static final Set<String> BULK_CATEGORIES = Set.of(
            "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL", "CATEGORY_UPDATES", "CATEGORY_FORUMS");
    private static final Set<String> LIST_HEADERS = Set.of(
            "list-id", "list-unsubscribe", "x-autoreply", "x-autorespond");

    private AutomatedMail() {
    }

    static boolean isAutomated(ParsedMessage message) {
        for (Participant sender : message.from()) {
            if (isMachineAddress(sender.address())) {
                return true;
            }
        }
        if (message.labels().stream().anyMatch(BULK_CATEGORIES::contains)) {
            return true;
        }
        String autoSubmitted = header(message, "auto-submitted");
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
            return true;
        }
        String precedence = header(message, "precedence");
        if (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")
                || precedence.equals("auto_reply")) {
            return true;
        }
        if (header(message, "content-type").startsWith("multipart/report")) {
            return true;
        }
        return message.headers().keySet().stream().anyMatch(LIST_HEADERS::contains);
    }

    static boolean isMachineAddress(EmailAddress address) {
        String local = address.localPart().toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        return MACHINE_LOCAL_PARTS.contains(local);
    }

    private static String header(ParsedMessage message, String name) {
        return message.headers().getOrDefault(name, "").strip().toLowerCase(Locale.ROOT);
    }
}
