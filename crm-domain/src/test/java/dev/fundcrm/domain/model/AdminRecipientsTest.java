package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminRecipientsTest {

    private static final EmailAddress ANNA = EmailAddress.of("anna@fund.example");
    private static final EmailAddress BEN = EmailAddress.of("ben@fund.example");
    private static final List<EmailAddress> ADMINS = List.of(ANNA, BEN);

    @Test
    void selectKeepsTheRequestedAdminsIgnoringCase() {
        AdminRecipients recipients = AdminRecipients.select(ADMINS, List.of(EmailAddress.of("Ben@Fund.example")));

        assertThat(recipients.addresses()).containsExactly(BEN);
    }

    @Test
    void selectRefusesEveryNonAdminAtOnce() {
        EmailAddress lp = EmailAddress.of("jane@lp.example");
        EmailAddress prospect = EmailAddress.of("max@prospect.example");

        NotAnAdminException refusal = catchThrowableOfType(NotAnAdminException.class,
                () -> AdminRecipients.select(ADMINS, List.of(lp, ANNA, prospect)));

        assertThat(refusal.refused()).containsExactly(lp, prospect);
        assertThat(refusal).hasMessageContaining("jane@lp.example").hasMessageContaining("max@prospect.example")
                .hasMessageNotContaining("anna@");
    }

    @Test
    void aTaggedAdminAddressIsNotTheAdmin() {
        EmailAddress tagged = EmailAddress.of("anna+digest@fund.example");

        NotAnAdminException refusal = catchThrowableOfType(NotAnAdminException.class,
                () -> AdminRecipients.select(ADMINS, List.of(tagged)));

        assertThat(refusal.refused()).containsExactly(tagged);
    }

    @Test
    void withNoActiveAdminEveryRequestedAddressIsRefused() {
        NotAnAdminException refusal = catchThrowableOfType(NotAnAdminException.class,
                () -> AdminRecipients.select(List.of(), List.of(ANNA, BEN)));

        assertThat(refusal.refused()).containsExactly(ANNA, BEN);
    }

    @Test
    void selectNeedsAtLeastOneRequestedAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> AdminRecipients.select(ADMINS, List.of()))
                .withMessageContaining("no recipient");
    }

    @Test
    void allOfNeedsAtLeastOneAdmin() {
        assertThatIllegalStateException().isThrownBy(() -> AdminRecipients.allOf(List.of()))
                .withMessageContaining("no active admin");
    }

    @Test
    void eachAdminIsAddressedOnceInTheOrderGiven() {
        AdminRecipients all = AdminRecipients.allOf(List.of(BEN, ANNA, EmailAddress.of("BEN@fund.example")));
        AdminRecipients selected = AdminRecipients.select(ADMINS, List.of(ANNA, ANNA));

        assertThat(all.addresses()).containsExactly(BEN, ANNA);
        assertThat(selected.addresses()).containsExactly(ANNA);
    }
}
