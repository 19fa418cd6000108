package dev.fundcrm.app;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fundcrm.domain.model.AdminRecipients;
import dev.fundcrm.domain.port.out.Activities;
import dev.fundcrm.domain.port.out.Contacts;
import dev.fundcrm.domain.port.out.DigestRuns;
import dev.fundcrm.domain.port.out.Drafts;
import dev.fundcrm.domain.port.out.OutboundMail;
import dev.fundcrm.domain.service.ContactDirectory;
import dev.fundcrm.domain.service.DigestDelivery;
import dev.fundcrm.domain.service.OrganizationDirectory;
import dev.fundcrm.domain.service.ProposalReview;
import dev.fundcrm.domain.service.TransportSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hexagon across modules, and the product's hard rules that code structure can hold: dependencies point
 * inward, only the review use case writes activities, only the digest sends mail, and drafts cannot be sent.
 * crm-app's test classpath sees every module, so this is where the modules are checked against each other.
 * Each adapter module has at least its package-info class, so no rule's subject is empty and none needs
 * {@code allowEmptyShould}. Method rules use {@code accessTargetWhere}, which sees method references
 * ({@code activities::add}) as well as calls.
 */
@AnalyzeClasses(packages = "dev.fundcrm",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final String DOMAIN = "dev.fundcrm.domain..";
    private static final String APP = "dev.fundcrm.app..";
    private static final String HTTP = "dev.fundcrm.app.http..";
    private static final String PERSISTENCE = "dev.fundcrm.persistence..";
    private static final String GMAIL = "dev.fundcrm.gmail..";
    private static final String SMTP = "dev.fundcrm.smtp..";
    private static final String WEB = "dev.fundcrm.app.web..";
    private static final List<String> ADAPTERS = List.of(PERSISTENCE, GMAIL, SMTP);

    private static final String GMAIL_MESSAGES = "com.google.api.services.gmail.Gmail$Users$Messages";
    private static final String GMAIL_DRAFTS = "com.google.api.services.gmail.Gmail$Users$Drafts";
    private static final String SMTP_TRANSPORT = "jakarta.mail.Transport";

    @ArchTest
    static final ArchRule domainDependsOnNoAdapterOrApp = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, GMAIL, SMTP, APP);

    @ArchTest
    static final ArchRule persistenceDependsOnNoOtherAdapterOrApp = dependsOnNoOtherAdapterOrApp(PERSISTENCE);

    @ArchTest
    static final ArchRule gmailDependsOnNoOtherAdapterOrApp = dependsOnNoOtherAdapterOrApp(GMAIL);

    @ArchTest
    static final ArchRule smtpDependsOnNoOtherAdapterOrApp = dependsOnNoOtherAdapterOrApp(SMTP);

    @ArchTest
    static final ArchRule onlyTheAppDependsOnAdapters = noClasses()
            .that().resideOutsideOfPackages(APP, PERSISTENCE, GMAIL, SMTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, GMAIL, SMTP)
            .because("only the composition root wires adapters");

    @ArchTest
    static final ArchRule theHttpApiReachesOnlyTheDomainAndTheSyncRunner = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, GMAIL, SMTP, "dev.fundcrm.app")
            .because("the admin API is an inbound adapter: it drives use cases and ports, and the composition"
                    + " root hands it what it needs in an ApiContext");

    @ArchTest
    static final ArchRule theSchedulerIsAnInboundAdapter = noClasses()
            .that().resideInAPackage("dev.fundcrm.app.sync..")
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, GMAIL, SMTP, "dev.fundcrm.app",
                    "dev.fundcrm.app.config..", "dev.fundcrm.app.cli..", HTTP)
            .because("the sync runner drives use cases; the composition root gives it their parts and a QuotaMeter");

    @ArchTest
    static final ArchRule configurationIsReadNotRun = noClasses()
            .that().resideInAPackage("dev.fundcrm.app.config..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fundcrm.app.sync..", "dev.fundcrm.app.cli..", HTTP)
            .because("AppConfig only reads the environment into values; components get their slice of it");

    @ArchTest
    static final ArchRule onlyMainRunsTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("dev.fundcrm.app.cli..")
            .and().doNotHaveFullyQualifiedName("dev.fundcrm.app.Main")
            .should().dependOnClassesThat().resideInAPackage("dev.fundcrm.app.cli..")
            .because("the commands sit on top: they open the Application, nothing opens them");

    @ArchTest
    static final ArchRule onlyReviewWritesActivities = noClasses()
            .that().doNotHaveFullyQualifiedName(ProposalReview.class.getName())
            .should().accessTargetWhere(method(assignableTo(Activities.class), "add|removeForProposal"))
            .because("nothing lands on a contact's record until a human approves it");

    @ArchTest
    static final ArchRule onlyTheDirectoriesChangeContactsAndOrganizations = noClasses()
            .that().doNotHaveFullyQualifiedName(ContactDirectory.class.getName())
            .and().doNotHaveFullyQualifiedName(OrganizationDirectory.class.getName())
            .should().accessTargetWhere(method(assignableTo(Contacts.class), "update|updateOrganization"))
            .because("a change to a contact or an organization is checked, audited and backfilled there");

    @ArchTest
    static final ArchRule onlyTheDigestSendsThroughOutboundMail = noClasses()
            .that().doNotHaveFullyQualifiedName(DigestDelivery.class.getName())
            .and().doNotHaveFullyQualifiedName(TransportSelector.class.getName())
            .and().areNotAssignableTo(OutboundMail.class)
            .should().accessTargetWhere(method(assignableTo(OutboundMail.class), "send"))
            .because("the digest and its test email, to active admins, are the only mail the system sends");

    @ArchTest
    static final ArchRule onlyDigestDeliveryUsesTheTransports = noClasses()
            .that().doNotHaveFullyQualifiedName(DigestDelivery.class.getName())
            .should().accessTargetWhere(method(assignableTo(TransportSelector.class), "deliver"))
            .because("the digest and its test email, to active admins, are the only mail the system sends");

    @ArchTest
    static final ArchRule onlyDigestDeliveryChoosesRecipients = noClasses()
            .that().doNotHaveFullyQualifiedName(DigestDelivery.class.getName())
            .should().accessTargetWhere(method(assignableTo(AdminRecipients.class), "allOf|select"))
            .because("recipients come from the active-admin list that DigestDelivery reads from Admins");

    @ArchTest
    static final ArchRule onlyDigestDeliveryTakesDigestRunsOver = noClasses()
            .that().doNotHaveFullyQualifiedName(DigestDelivery.class.getName())
            .and().areNotAssignableTo(DigestRuns.class)
            .should().accessTargetWhere(method(assignableTo(DigestRuns.class), "takeOver"))
            .because("a stale or failed-auth run is reopened only after DigestDelivery's lease and Message-ID check");

    @ArchTest
    static final ArchRule draftsCannotBeSent = noMethods()
            .that().areDeclaredInClassesThat().areAssignableTo(Drafts.class)
            .should().haveNameMatching("(?i).*send.*")
            .because("agents draft; humans send");

    @ArchTest
    static final ArchRule nothingSendsAGmailDraft = noClasses()
            .should().accessTargetWhere(method(assignableTo(GMAIL_DRAFTS), "send"))
            .because("agents draft; humans send");

    @ArchTest
    static final ArchRule onlyOutboundMailSendsThroughGmail = noClasses()
            .that().areNotAssignableTo(OutboundMail.class)
            .should().accessTargetWhere(method(assignableTo(GMAIL_MESSAGES), "send"))
            .because("users.messages.send carries only the digest, to active admins");

    @ArchTest
    static final ArchRule onlyOutboundMailSendsThroughSmtp = noClasses()
            .that().areNotAssignableTo(OutboundMail.class)
            .should().accessTargetWhere(method(assignableTo(SMTP_TRANSPORT), "send|sendMessage"))
            .because("SMTP carries only the digest, to active admins");

    @ArchTest
    static final ArchRule theReviewPagesCallTheDomainNotTheApi = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .because("the review pages use the domain's use cases, not HTTP calls to the API");

    @ArchTest
    static final ArchRule theApiDoesNotKnowTheReviewPages = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("the pages plug into the API's server through DelegatedAccess, not the other way round");

    /** A call of, or a method reference to, a method of that owner whose whole name matches the regex. */
    private static DescribedPredicate<JavaAccess<?>> method(DescribedPredicate<JavaClass> ownerType, String nameRegex) {
        return target(owner(ownerType)).and(target(nameMatching(nameRegex)));
    }

    private static ArchRule dependsOnNoOtherAdapterOrApp(String adapter) {
        List<String> forbidden = new ArrayList<>(ADAPTERS);
        forbidden.remove(adapter);
        forbidden.add(APP);
        return noClasses()
                .that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("adapters depend on the domain only");
    }

    /**
     * The domain's test-jar (fakes, contract tests, the demo) is test code, but ArchUnit recognises only test
     * class folders as such; the reactor build hands crm-app the packaged jar.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {

        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
