package de.foerderlotse.project;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of project-service, checked on its compiled classes (ArchUnit). */
class ArchitectureTest {

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
        .resideOutsideOfPackages(
            "de.foerderlotse.project.conflict..",
            "de.foerderlotse.project.service.conflict..",
            "de.foerderlotse.project.domain.conflict..",
            "de.foerderlotse.project.api.conflict..",
            "de.foerderlotse.project.events..",
            "de.foerderlotse.project.config..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.foerderlotse.conflict.engine..")
        .because("the engine is the conflict feature's algorithm, not a shared utility")
        .check(classes);
  }

  @Test
  void topPackagesAreFreeOfCycles() {
    slices()
        .matching("de.foerderlotse.project.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(kafkaConsumers(), resideInAPackage("de.foerderlotse.project.service.."))
        .check(classes);
  }

  /**
   * The Kafka consumers: inbound adapters that sit in events beside the outbound event writers the
   * services use, and call the services; only their calls may close the events-service loop.
   */
  static DescribedPredicate<JavaClass> kafkaConsumers() {
    return describe(
        "Kafka consumers",
        c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Incoming.class)));
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
