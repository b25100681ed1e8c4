package fr.vigie.platform.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The computation core keeps the architecture's dependency rules: platform depends on no feature. */
class StatsDependencyRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.vigie");

    @Test
    void platformStatsDependsOnNoFeature() {
        noClasses().that().resideInAPackage("fr.vigie.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.monitoring..", "fr.vigie.biasreviews..")
                .check(classes);
    }

    @Test
    void monitoringAndBiasReviewsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("fr.vigie.monitoring..")
                .should().dependOnClassesThat().resideInAPackage("fr.vigie.biasreviews..")
                .check(classes);
        noClasses().that().resideInAPackage("fr.vigie.biasreviews..")
                .should().dependOnClassesThat().resideInAPackage("fr.vigie.monitoring..")
                .check(classes);
    }
}
