package dev.fundcrm.domain;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.AndFullName.Predicates.fullNameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain is plain Java: it reaches nothing outside the JDK, reads time from a clock, and inside it the
 * model, the ports and the services point inward (service -> port -> model).
 */
@AnalyzeClasses(packages = "dev.fundcrm.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.fundcrm.domain..", "org.slf4j..")
            .because("crm-domain has no compile dependency beyond the JDK (slf4j-api at most)");

    @ArchTest
    static final ArchRule usesNoJdbcHttpOrEnterpriseApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net.http..", "javax..", "jakarta..")
            .because("databases, HTTP and mail belong to the adapters");

    @ArchTest
    static final ArchRule modelKnowsNoPortOrService = noClasses()
            .that().resideInAPackage("dev.fundcrm.domain.model..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.fundcrm.domain.port..", "dev.fundcrm.domain.service..");

    @ArchTest
    static final ArchRule portsKnowNoService = noClasses()
            .that().resideInAPackage("dev.fundcrm.domain.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.fundcrm.domain.service..");

    /** Enums are allowed too: a port's nested choices, such as {@code CaptureException.Kind}. */
    @ArchTest
    static final ArchRule portsAreInterfacesRecordsOrExceptions = classes()
            .that().resideInAPackage("dev.fundcrm.domain.port..")
            .should().beInterfaces()
            .orShould().beRecords()
            .orShould().beEnums()
            .orShould().beAssignableTo(RuntimeException.class);

    @ArchTest
    static final ArchRule readsTimeFromAnInjectedClock = noClasses()
            .should().accessTargetWhere(target(fullNameMatching("java\\.time\\.\\w+\\.now\\(\\)")))
            .because("time is injected as a java.time.Clock");
}
