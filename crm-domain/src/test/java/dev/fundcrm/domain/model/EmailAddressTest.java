package dev.fundcrm.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void equalityIgnoresCaseButValueKeepsTheSpelling() {
        EmailAddress mixed = EmailAddress.of("Jane.Doe@Acme.COM");
        EmailAddress lower = EmailAddress.of("jane.doe@acme.com");

        assertThat(mixed).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(mixed.value()).isEqualTo("Jane.Doe@Acme.COM");
        assertThat(mixed.localPart()).isEqualTo("Jane.Doe");
        assertThat(mixed.canonical()).isEqualTo("jane.doe@acme.com");
        assertThat(mixed.domain()).isEqualTo("acme.com");
    }

    @Test
    void surroundingWhiteSpaceIsTrimmed() {
        EmailAddress address = EmailAddress.of("  \tjane@acme.com \n");

        assertThat(address.value()).isEqualTo("jane@acme.com");
        assertThat(address).isEqualTo(EmailAddress.of("jane@acme.com"));
    }

    @ParameterizedTest(name = "{0} normalizes to {1}")
    @CsvSource({
            "jane+lp@acme.com,          jane@acme.com",
            "Jane+LP+more@Acme.com,     jane@acme.com",
            "+tag@acme.com,             +tag@acme.com",
            "j.ane.doe@gmail.com,       janedoe@gmail.com",
            "J.Ane+fund@GMail.com,      jane@gmail.com",
            "j.ane+lp@googlemail.com,   jane@gmail.com",
            "jane.doe@acme.com,         jane.doe@acme.com",
            "jane.doe@mail.gmail.com,   jane.doe@mail.gmail.com",
    })
    void normalizedDropsPlusTagsAndGmailDotsOnly(String address, String normalized) {
        assertThat(EmailAddress.of(address).normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0} reaches the same person as {1}")
    @CsvSource({
            "j.ane+lp@googlemail.com, jane@gmail.com",
            "JANE@gmail.com,          ja.ne@gmail.com",
            "jane+crm@acme.com,       Jane@Acme.com",
    })
    void sameMailboxFollowsTheMatchingRules(String one, String other) {
        assertThat(EmailAddress.of(one).sameMailboxAs(EmailAddress.of(other))).isTrue();
    }

    @Test
    void normalizedFormsThatMatchDoNotMakeTheAddressesEqual() {
        EmailAddress tagged = EmailAddress.of("jane+lp@acme.com");
        EmailAddress plain = EmailAddress.of("jane@acme.com");

        assertThat(tagged.sameMailboxAs(plain)).isTrue();
        assertThat(tagged).isNotEqualTo(plain);
    }

    @Test
    void dotsCountOutsideGmail() {
        EmailAddress dotted = EmailAddress.of("jane.doe@acme.com");
        EmailAddress undotted = EmailAddress.of("janedoe@acme.com");

        assertThat(dotted.sameMailboxAs(undotted)).isFalse();
        assertThat(dotted).isNotEqualTo(undotted);
    }

    @Test
    void anInternationalizedDomainEqualsItsPunycodeSpelling() {
        EmailAddress unicode = EmailAddress.of("jane@bücher.example");
        EmailAddress punycode = EmailAddress.of("jane@xn--bcher-kva.example");

        assertThat(unicode).isEqualTo(punycode).hasSameHashCodeAs(punycode);
        assertThat(unicode.sameMailboxAs(punycode)).isTrue();
        assertThat(unicode.domain()).isEqualTo("xn--bcher-kva.example");
        assertThat(unicode.value()).isEqualTo("jane@bücher.example");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jane@bücher.example", "jane@xn--bcher-kva.example", "jane@BÜCHER.example"})
    void unicodeDomainGivesBackTheUnicodeForm(String address) {
        assertThat(EmailAddress.of(address).unicodeDomain()).isEqualTo("bücher.example");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"josé@acme.com", "用户@例子.广告", "राम@acme.com", "jose\u0301@acme.com", "😀@acme.com"})
    void utf8LocalPartsAreValid(String address) {
        EmailAddress parsed = EmailAddress.of(address);

        assertThat(parsed.value()).isEqualTo(address);
        assertThat(parsed.localPart()).isEqualTo(address.substring(0, address.lastIndexOf('@')));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"john doe\"@example.com", "\"john@doe\"@example.com", "\"a\\\"b\"@example.com",
            "\"a\\\\b\"@example.com", "\"john..doe\"@example.com"})
    void quotedLocalPartsMayHoldWhatAnUnquotedOneCannot(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.of(address).domain()).isEqualTo("example.com");
    }

    @Test
    void aQuotedLocalPartKeepsItsPlusTag() {
        assertThat(EmailAddress.of("\"jane+lp\"@acme.com").normalized()).isEqualTo("\"jane+lp\"@acme.com");
    }

    static Stream<Arguments> invalidAddresses() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of("   ", "empty"),
                Arguments.of("jane.acme.com", "no '@'"),
                Arguments.of("@acme.com", "before '@' is empty"),
                Arguments.of("jane@", "after '@' is empty"),
                Arguments.of(".jane@acme.com", "starts or ends with a dot"),
                Arguments.of("jane.@acme.com", "starts or ends with a dot"),
                Arguments.of("ja..ne@acme.com", "two dots in a row"),
                Arguments.of("ja ne@acme.com", "U+0020"),
                Arguments.of("ja\tne@acme.com", "U+0009"),
                Arguments.of("ja\u00a0ne@acme.com", "U+00A0"),
                Arguments.of("ja\u200bne@acme.com", "U+200B"),
                Arguments.of("jane\r\nBcc: x@acme.com", "U+000D"),
                Arguments.of("ja\rne@acme.com", "U+000D"),
                Arguments.of("ja\nne@acme.com", "U+000A"),
                Arguments.of("jane@ac\nme.com", "U+000A"),
                Arguments.of("jane@ acme.com", "U+0020"),
                Arguments.of("jane@localhost", "no dot"),
                Arguments.of("jane@-acme.com", "starting or ending with '-'"),
                Arguments.of("jane@acme-.com", "starting or ending with '-'"),
                Arguments.of("jane@.acme.com", "starts or ends with a dot"),
                Arguments.of("jane@acme.com.", "starts or ends with a dot"),
                Arguments.of("jane@acme..com", "not a valid domain name"),
                Arguments.of("jane@ac_me.com", "contains '_'"),
                Arguments.of("jane@[1.2.3.4]", "address literals"),
                Arguments.of("jane@192.0.2.1", "address literals"),
                Arguments.of("jane@doe@acme.com", "more than one '@'"),
                Arguments.of("\"john\"doe\"@acme.com", "unescaped quote"),
                Arguments.of("\"john\\\"@acme.com", "lone backslash"),
                Arguments.of("\"jo\rhn\"@acme.com", "quoted local part contains"),
                Arguments.of("a".repeat(65) + "@acme.com", "longer than 64"),
                Arguments.of("é".repeat(33) + "@acme.com", "longer than 64"),
                Arguments.of("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com",
                        "longer than 254"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("invalidAddresses")
    void invalidAddressesAreRejectedNamingTheAddressAndTheProblem(String address, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of(address))
                .withMessageStartingWith("invalid email address '")
                .withMessageContaining(problem)
                .withMessageNotContaining("\r")
                .withMessageNotContaining("\n");
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @Test
    void theMessageNamesTheAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of("jane@localhost"))
                .withMessage("invalid email address 'jane@localhost': the domain 'localhost' has no dot");
    }

    @Test
    void theMessageShowsControlCharactersAsQuestionMarks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailAddress.of("jane@ac\r\nme.com"))
                .withMessageContaining("'jane@ac??me.com'");
    }

    @Test
    void nullIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(null)).withMessageContaining("null");
    }

    @Test
    void addressesAtTheLengthLimitsAreValid() {
        String local = "a".repeat(64);
        String longest = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";

        assertThat(longest).hasSize(254);
        assertThat(EmailAddress.of(longest).localPart()).isEqualTo(local);
        assertThat(EmailAddress.isValid("é".repeat(32) + "@acme.com")).isTrue();
    }

    @ParameterizedTest(name = "{0} is in {1}: {2}")
    @CsvSource({
            "jane@acme.com,                 acme.com,               true",
            "jane@eu.acme.com,              acme.com,               true",
            "jane@EU.Acme.com,              ACME.COM,               true",
            "jane@notacme.com,              acme.com,               false",
            "jane@acme.com,                 eu.acme.com,            false",
            "jane@acme.com.evil.io,         acme.com,               false",
            "jane@bücher.example,           xn--bcher-kva.example,  true",
            "jane@xn--bcher-kva.example,    bücher.example,         true",
            "jane@eu.xn--bcher-kva.example, Bücher.example,         true",
    })
    void isInDomainCoversSubdomainsInEitherSpelling(String address, String domain, boolean inDomain) {
        assertThat(EmailAddress.of(address).isInDomain(domain)).isEqualTo(inDomain);
    }
}
