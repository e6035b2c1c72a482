package de.foerderlotse.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the gateway, checked on its compiled classes (ArchUnit). */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.foerderlotse.gateway");
  }

  @Test
  void holdsNothingPersistent() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..", "org.hibernate..", "io.agroal..", "java.sql..", "javax.sql..")
        .because("the gateway owns no data; the services do")
        .check(classes);
  }

  @Test
  void onlyTheAlertFeedReadsKafka() {
    noClasses()
        .that()
        .resideOutsideOfPackage("de.foerderlotse.gateway.alert..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.kafka..",
            "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..")
        .because("resources and pages get live alerts through the feed, not from the broker")
        .check(classes);
  }

  @Test
  void topPackagesAreFreeOfCycles() {
    slices().matching("de.foerderlotse.gateway.(*)..").should().beFreeOfCycles().check(classes);
  }
}
