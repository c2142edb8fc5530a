package com.workoutplanparser.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' arrows point one way (docs/architecture.md draws them): the domain at the bottom, {@code flow},
 * {@code config} and {@code web} as the toolkit every route builds on, {@code store} under the routes that fill it, and no two
 * top-level packages that need each other. No rule here freezes or ignores a violation: a new arrow the wrong
 * way fails the build and is fixed in the code.
 */
class LayersPointOneWayTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.workoutplanparser");

    private static final String OURS = "com.workoutplanparser..";
    private static final String[] DOMAIN = {
            "com.workoutplanparser.parse..", "com.workoutplanparser.match..", "com.workoutplanparser.plan.."};

    /**
     * Route packages: the capabilities whose Camel routes take an import in, read it, decide it, or act on what
     * was stored (delivery, export, retention, the catalog's and the users' API). {@code flow} (route
     * configurations, headers) and {@code web} (the REST edge every API route extends) are the toolkit those
     * routes share, not route packages, and {@code store} may use them like every other capability.
     */
    static final String[] ROUTE_PACKAGES = {
            "com.workoutplanparser.intake..", "com.workoutplanparser.pipeline..", "com.workoutplanparser.llm..",
            "com.workoutplanparser.review..", "com.workoutplanparser.catalog..", "com.workoutplanparser.delivery..",
            "com.workoutplanparser.export..", "com.workoutplanparser.retention..", "com.workoutplanparser.user..",
            "com.workoutplanparser.metrics.."};

    @Test
    void theDomainUsesNothingOfOursButTheDomain() {
        classes().that().resideInAnyPackage(DOMAIN)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS).or(resideInAnyPackage(DOMAIN)))
                .because("parse, match and the values of one import (plan) are plain Java that every route may use;"
                        + " an arrow out of them would tie the reading and matching to a route")
                .check(MAIN);
    }

    @Test
    void theValuesOfOneImportUseTheJdkJacksonAndTheDomainOnly() {
        classes().that().resideInAPackage("com.workoutplanparser.plan..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.workoutplanparser.plan..",
                        "com.workoutplanparser.parse..", "com.workoutplanparser.match..", "java..",
                        "com.fasterxml.jackson.annotation..")
                .because("plan holds values (records, their factories): no Camel, no Spring; Jackson's annotations"
                        + " say how ImportResponse is written")
                .check(MAIN);
    }

    @Test
    void theStoreDependsOnNoRoutePackage() {
        noClasses().that().resideInAPackage("com.workoutplanparser.store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROUTE_PACKAGES)
                .because("the store is what the routes write through: it takes the domain's values and flow's"
                        + " headers, never a route's own types")
                .check(MAIN);
    }

    @Test
    void theWebEdgeDependsOnItselfTheDomainAndFlowOnly() {
        classes().that().resideInAPackage("com.workoutplanparser.web..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS)
                        .or(resideInAnyPackage("com.workoutplanparser.web..", "com.workoutplanparser.flow..",
                                "com.workoutplanparser.config.."))
                        .or(resideInAnyPackage(DOMAIN)))
                .because("every capability builds its REST routes on web (ApiRouteBuilder, Json, ApiException),"
                        + " so web reaching back into one of them (users, intake) would be a cycle; what it needs"
                        + " from them it declares as an interface (ApiCallers) that they implement")
                .check(MAIN);
    }

    @Test
    void flowDependsOnNothingOfOursButTheDomain() {
        classes().that().resideInAPackage("com.workoutplanparser.flow..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS)
                        .or(resideInAnyPackage("com.workoutplanparser.flow..")).or(resideInAnyPackage(DOMAIN)))
                .because("flow is the route configuration every route package and the store share: it names"
                        + " the steps it calls (beans, endpoints) instead of importing them")
                .check(MAIN);
    }

    @Test
    void configurationDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("com.workoutplanparser.config..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS)
                        .or(resideInAnyPackage("com.workoutplanparser.config..")))
                .because("config (.env, the settings checks, the service-wide settings) is read by every package,"
                        + " web included; it finds the capabilities' settings records by package scan, not by import")
                .check(MAIN);
    }

    @Test
    void noTwoTopLevelPackagesNeedEachOther() {
        slices().matching("com.workoutplanparser.(*)..").should().beFreeOfCycles()
                .because("a cycle between capabilities means neither can change or be tested without the other")
                .check(MAIN);
    }
}
