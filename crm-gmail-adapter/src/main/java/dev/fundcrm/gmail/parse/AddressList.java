package dev.fundcrm.gmail.parse;

import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.Participant;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns address headers (From, To, Cc, Bcc, Reply-To) into participants: Angus Mail's lenient RFC 5322 parser
 * splits the list (display names, quoted commas, comments, groups), then each address must pass the
 * domain's strict {@link EmailAddress}. An address the domain refuses is skipped and noted; the others stay.
 * Unicode local parts and domains pass as written and compare equal to their punycode spelling.
 */
final class AddressList {

    private AddressList() {
    }

    /** Every participant of every field with this header name, in order. */
    static List<Participant> participants(String header, Headers headers, Problems problems) {
        List<Participant> participants = new ArrayList<>();
        for (String raw : headers.all(header)) {
            InternetAddress[] parsed;
            try {
                parsed = InternetAddress.parseHeader(HeaderText.unfold(raw), false);
            } catch (AddressException | RuntimeException e) {
                problems.add(header + ": the address list could not be parsed");
                continue;
            }
            for (InternetAddress address : parsed) {
                if (address.isGroup()) {
                    addGroup(header, address, participants, problems);
                } else {
                    add(header, address, participants, problems);
                }
            }
        }
        return participants;
    }

    private static void addGroup(String header, InternetAddress group, List<Participant> participants,
                                 Problems problems) {
        InternetAddress[] members;
        try {
            members = group.getGroup(false);
        } catch (AddressException | RuntimeException e) {
            problems.add(header + ": a group's member list could not be parsed");
            return;
        }
        if (members != null) {
            for (InternetAddress member : members) {
                add(header, member, participants, problems);
            }
        }
    }

    private static void add(String header, InternetAddress address, List<Participant> participants,
                            Problems problems) {
        try {
            EmailAddress email = EmailAddress.of(address.getAddress());
            participants.add(new Participant(email, address.getPersonal()));
        } catch (IllegalArgumentException e) {
            problems.add(header + ": an address the domain refuses was skipped");
        }
    }
}
