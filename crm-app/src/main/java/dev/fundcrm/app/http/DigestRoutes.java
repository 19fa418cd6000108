package dev.fundcrm.app.http;

import dev.fundcrm.domain.model.Digest;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.domain.model.RenderedDigest;
import dev.fundcrm.domain.port.in.BuildDigest;
import dev.fundcrm.domain.port.in.SendTestEmail;
import dev.fundcrm.domain.port.out.DigestWriter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's digest as it would be sent now (members), and the admins' test email. The test email goes only
 * to active admins: naming anyone else refuses the whole request (422) and sends nothing; a failed send
 * answers the reference the reasons were logged under, never their text (it can hold credentials).
 */
final class DigestRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(DigestRoutes.class);

    public record DigestPreview(LocalDate day, String subject, String text, String html, long pendingCount,
                                boolean quiet) {
    }

    /** Recipients: active admins; none named means the caller. */
    public record TestEmail(List<String> recipients) {
    }

    public record TestEmailSent(String transport, List<String> recipients) {
    }

    private final BuildDigest digests;
    private final DigestWriter writer;
    private final SendTestEmail testEmail;
    private final Clock clock;
    private final ZoneId zone;

    DigestRoutes(ApiContext context) {
        this.digests = context.useCases().digests();
        this.writer = context.digestWriter();
        this.testEmail = context.useCases().delivery();
        this.clock = context.clock();
        this.zone = context.settings().zone();
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/digest/preview", Access.MEMBER, "Today's digest as it would be sent now", this::preview)
                        .returns(DigestPreview.class),
                Route.post("/api/admin/digest/test-email", Access.ADMIN,
                        "Send today's digest as a test to active admins (body optional: the caller)", this::testEmail)
                        .body(TestEmail.class).returns(TestEmailSent.class));
    }

    private void preview(Context ctx) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Digest digest = digests.build(today);
        RenderedDigest rendered = writer.write(digest);
        ctx.json(new DigestPreview(today, rendered.subject(), rendered.text(), rendered.html(), digest.pendingCount(),
                digest.isQuiet()));
    }

    private void testEmail(Context ctx) {
        EmailAddress caller = AccessGuard.user(ctx).user();
        TestEmail request = ctx.bodyAsBytes().length == 0 ? new TestEmail(null) : Json.read(ctx, TestEmail.class);
        List<EmailAddress> recipients = request.recipients() == null || request.recipients().isEmpty()
                ? List.of(caller)
                : request.recipients().stream().map(text -> Params.field("recipients", text, EmailAddress::of)).toList();
        SendTestEmail.Outcome outcome = testEmail.send(new SendTestEmail.Command(caller, recipients));
        if (outcome instanceof SendTestEmail.Outcome.Refused refused) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not active admins, nothing was sent: "
                    + String.join(", ", refused.notActiveAdmins().stream().map(EmailAddress::canonical).toList()));
        }
        if (outcome instanceof SendTestEmail.Outcome.Failed failed) {
            LOG.warn("test email failed, reference {}: {}", failed.reference(), failed.reasons());
            throw new ProblemException(HttpStatus.BAD_GATEWAY,
                    "the test email could not be sent; quote reference " + failed.reference() + " to the operator");
        }
        SendTestEmail.Outcome.Sent sent = (SendTestEmail.Outcome.Sent) outcome;
        ctx.json(new TestEmailSent(sent.transport(), sent.recipients().stream().map(EmailAddress::canonical).toList()));
    }
}
