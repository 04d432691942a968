package org.warmline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {
    static final List<String> FEATURES = List.of("candidate", "employer", "job", "submission",
            "activity", "recruiter", "search", "today", "feedback", "privacy", "admin",
            "report", "nurture", "importing", "duplicates");
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.warmline");
    }

    @Test
    void domainServicesAndPlatformNeverUseSwing() {
        String[] cores = FEATURES.stream().map(f -> "org.warmline." + f).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(cores).or().resideInAPackage("org.warmline.platform..")
                .or().resideInAPackage("org.warmline.server..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .check(classes);
    }

    @Test
    void screensNeverTouchJdbc() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.warmline.platform.db..")
                .check(classes);
    }

    @Test
    void featuresNeverUseAnotherFeaturesScreens() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackages("org.warmline." + feature + "..",
                            "org.warmline.app..")
                    .should().dependOnClassesThat().resideInAPackage("org.warmline." + feature + ".ui..")
                    .check(classes);
        }
    }

    @Test
    void toolkitAndPlatformKnowNoFeature() {
        String[] features = FEATURES.stream().map(f -> "org.warmline." + f + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("org.warmline.ui..", "org.warmline.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.warmline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.warmline.app..")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.warmline.(*)..").should().beFreeOfCycles().check(classes);
    }
}
