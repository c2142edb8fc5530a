package com.workoutplanparser.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The reading and matching domain ({@code parse}, {@code match}) is plain Java: the arrows point toward it, never
 * out of it. That is what keeps the parser and the matcher testable in microseconds without a Spring context, and
 * what lets the routes around them change without touching them. The rules below pin it; the outer packages'
 * own layering is pinned by {@link LayersPointOneWayTest}.
 */
class DomainIsPlainJavaTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.workoutplanparser");

    @Test
    void theParserUsesNothingButTheJdk() {
        classes().that().resideInAPackage("com.workoutplanparser.parse..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.workoutplanparser.parse..", "java..")
                .because("the rule parser is plain Java: no Camel, no Spring, no other part of the service")
                .check(MAIN);
    }

    @Test
    void theMatcherUsesTheJdkFuzzywuzzyAndJacksonForItsCatalogFileOnly() {
        classes().that().resideInAPackage("com.workoutplanparser.match..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.workoutplanparser.match..", "java..",
                        "me.xdrop.fuzzywuzzy..", "com.fasterxml.jackson..")
                .because("the matcher is plain Java; fuzzywuzzy scores, Jackson reads catalog/*.yaml")
                .check(MAIN);
    }
}
