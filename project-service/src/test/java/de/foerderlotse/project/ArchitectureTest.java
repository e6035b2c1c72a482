package de.foerderlotse.project;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The features and layers of project-service, checked on its compiled classes (ArchUnit). */
class ArchitectureTest {

  private static final String ROOT = "de.foerderlotse.project";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.foerderlotse.project");
  }

  @Test
  void resourcesLeavePersistenceToTheServices() {
    noClasses()
        .that()
        .resideInAPackage("..api..")
        .or()
        .areAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..", "org.hibernate..", "io.quarkus.hibernate.orm.panache..")
        .orShould()
        .callMethodWhere(panacheOperation())
        .because("resources stay thin: queries and writes belong to the services")
        .check(classes);
  }

  @Test
  void domainKnowsNeitherApiNorEventsNorRest() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "de.foerderlotse..api..",
            "de.foerderlotse..events..",
            "jakarta.ws.rs..",
            "org.jboss.resteasy..",
            "io.quarkus.resteasy..",
            "io.quarkus.rest..",
            "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..")
        .check(classes);
  }

  @Test
  void onlyTheConflictFeatureUsesTheConflictEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("de.foerderlotse.project.conflict..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.foerderlotse.conflict.engine..")
        .because("the engine is the conflict feature's algorithm, not a shared utility")
        .check(classes);
  }

  @Test
  void featuresUseEachOtherOnlyThroughTheirTopPackageAndDomain() {
    classes()
        .that()
        .resideInAPackage(ROOT + "..")
        .should(useOtherFeaturesOnlyThroughTheirTopPackageOrDomain())
        .because("a feature's api and events packages are its internals")
        .check(classes);
  }

  @Test
  void domainDependsOnlyOnOtherDomainsWithinTheService() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..domain..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..")
                .and(describe("outside a domain package", c -> !isDomain(c))))
        .because("the domain is the core every other layer builds on")
        .check(classes);
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * What a feature publishes to the others: its top package (services, in-process CDI events,
   * config) and its domain; the shared common package is open to every feature.
   */
  static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirTopPackageOrDomain() {
    return new ArchCondition<>("use other features only through their top package or domain") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String from = feature(item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
          String to = feature(target);
          if (to == null || to.equals(from) || to.equals("common")) {
            continue;
          }
          String inside = target.substring((ROOT + "." + to).length());
          if (!inside.isEmpty() && !inside.equals(".domain")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The feature a package belongs to, or null outside project-service's features. */
  static String feature(String packageName) {
    if (!packageName.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = packageName.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static boolean isDomain(JavaClass c) {
    return c.getBaseComponentType().getPackageName().matches(".*\\.domain(\\..*)?");
  }

  /** A Panache finder or writer called on an entity (static or on an instance). */
  static DescribedPredicate<JavaMethodCall> panacheOperation() {
    return describe(
        "a Panache operation on an entity",
        call -> {
          JavaClass owner = call.getTargetOwner();
          return owner.isAssignableTo(PanacheEntityBase.class)
              && call.getName()
                  .matches(
                      "persist.*|find.*|list.*|stream.*|delete.*|update|count|flush|getEntityManager"
                          + "|getSession|isPersistent");
        });
  }
}
