package dev.fundcrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fundcrm.domain.testkit.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(8));

    @Test
    void signingInReplacesTheFormsSessionWithANewIdAndToken() {
        Session form = sessions.anonymous();

        Session signedIn = sessions.signIn(form.id(), "hash");

        assertThat(signedIn.id()).isNotEqualTo(form.id());
        assertThat(signedIn.csrfToken()).isNotEqualTo(form.csrfToken());
        assertThat(sessions.find(form.id())).isEmpty();
        assertThat(sessions.find(signedIn.id())).hasValueSatisfying(found -> assertThat(found.signedIn()).isTrue());
    }

    @Test
    void aSessionUsedWithinTheIdleTimeoutLivesOnAndAnIdleOneEnds() {
        Session session = sessions.signIn(null, "hash");

        clock.advance(Duration.ofHours(7));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofHours(7));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Duration.ofHours(8));
        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void aSignInFormsSessionLivesOnlyAQuarterOfAnHour() {
        Session form = sessions.anonymous();

        clock.advance(Sessions.SIGN_IN_FORM_LIFETIME);

        assertThat(sessions.find(form.id())).isEmpty();
    }

    @Test
    void openingSignInFormsInALoopCannotPushOutSignedInUsersOrGrowWithoutBound() {
        Session user = sessions.signIn(null, "hash");

        for (int i = 0; i < Sessions.PRUNE_ABOVE * 3; i++) {
            sessions.anonymous();
        }

        assertThat(sessions.size()).isLessThanOrEqualTo(Sessions.PRUNE_ABOVE + 2);
        assertThat(sessions.find(user.id())).isPresent();
    }

    @Test
    void unknownAndMissingIdsFindNothing() {
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }

    @Test
    void aSessionNeverPrintsItsIdOrToken() {
        Session session = sessions.anonymous();

        assertThat(session.toString()).doesNotContain(session.id()).doesNotContain(session.csrfToken());
    }
}
