package de.foerderlotse.conflict.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conflict engine stays plain Java, so services and benchmarks share it without Quarkus. */
class ArchitectureTest {

  private static JavaClasses engine;

  @BeforeAll
  static void importClasses() {
    engine =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.foerderlotse.conflict.engine");
  }

  @Test
  void dependsOnTheJdkAndItsLanguageResourcesOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "de.foerderlotse.conflict.engine..", "java..", "de.danielnaber.jwordsplitter..")
        .because(
            "no io.quarkus, jakarta or service code: the engine is a pure function of its input;"
                + " the compound splitter is a maintained language resource")
        .check(engine);
  }

  @Test
  void subPackagesAreFreeOfCycles() {
    // One package today; the rule guards the sub-packages the engine may grow.
    slices()
        .matching("de.foerderlotse.conflict.engine.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(engine);
  }
}
