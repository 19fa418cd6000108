package dev.fundcrm.app.cli;

import dev.fundcrm.app.config.AppConfig;
import dev.fundcrm.domain.model.EmailAddress;
import dev.fundcrm.gmail.DelegatedGmail;
import dev.fundcrm.gmail.GmailCheck;
import dev.fundcrm.gmail.GmailSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Tries the domain-wide delegation for one team member, with both scopes, and says in words what works and
 * what an admin must fix. Costs a few quota units; changes nothing.
 */
@Command(name = "check-gmail", mixinStandardHelpOptions = true,
        description = {"Checks Gmail's domain-wide delegation for one team member: capture (gmail.readonly), "
                + "drafts and the digest (gmail.compose), and the first sync's search.",
                "Says what is wrong and what to do; exit code 1 when something is wrong, 2 when not configured."})
final class CheckGmailCommand implements Callable<Integer> {

    static final String SCOPES = "https://www.googleapis.com/auth/gmail.readonly,"
            + "https://www.googleapis.com/auth/gmail.compose";

    private final Launch launch;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ADDR", description = "A team member's address, e.g. alice@fund.example.")
    String address;

    CheckGmailCommand(Launch launch) {
        this.launch = launch;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EmailAddress member = EmailAddress.of(address);
        Optional<GmailSettings> settings = AppConfig.gmailFrom(launch.env());
        if (settings.isEmpty()) {
            err.println("CRM_GOOGLE_CREDENTIALS is not set: give the service account's JSON key file (its path or "
                    + "its content); docs/gmail-setup.md says how to create it");
            return 2;
        }
        DelegatedGmail gmail;
        try {
            gmail = DelegatedGmail.connect(settings.get());
        } catch (IllegalArgumentException e) {
            err.println("CRM_GOOGLE_CREDENTIALS: " + e.getMessage()
                    + ": download a new JSON key for the service account (docs/gmail-setup.md, step 2)");
            return 2;
        }
        out.println("service account client id: " + gmail.clientId());
        List<GmailCheck.Finding> findings = new GmailCheck(gmail).check(member);
        findings.forEach(finding -> out.println((finding.ok() ? "[ok]   " : "[FAIL] ") + finding.text()));
        boolean allOk = findings.stream().allMatch(GmailCheck.Finding::ok);
        if (allOk) {
            out.println("Gmail works for " + member.canonical() + ": fundcrm can capture, draft and send the digest");
        } else {
            out.println("To fix: in admin.google.com, Security > Access and data control > API controls > "
                    + "Domain-wide delegation, give client id " + gmail.clientId() + " exactly these scopes: "
                    + SCOPES + " (changes can take up to 24 hours); make sure " + member.canonical()
                    + " is an active user with Gmail on. See docs/gmail-setup.md.");
        }
        out.flush();
        return allOk ? 0 : 1;
    }
}
