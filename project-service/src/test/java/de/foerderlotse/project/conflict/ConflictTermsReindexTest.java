package de.foerderlotse.project.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.readmodel.domain.ProjectView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Terms stored under an older normaliser are recomputed, so candidate search sees new concepts. */
@QuarkusTest
class ConflictTermsReindexTest {

  @Inject ConflictProfiles profiles;
  @Inject EntityManager entityManager;

  @Test
  void recomputesStoredTermsWhenTheNormaliserVersionChanged() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ProjectView view = new ProjectView();
              view.id = id;
              view.version = 1;
              view.ags = "05999181";
              view.title = "Neubau eines Hallenbades";
              view.category = "SPORT";
              view.appliedAt = java.time.Instant.now();
              // Withdrawn: it takes part in no other test's conflict detection.
              view.status = "WITHDRAWN";
              view.payload = "{\"description\":\"Schwimmhalle für Schulen und Vereine\"}";
              view.titleTerms = new String[] {"veraltet"};
              view.terms = new String[] {"veraltet"};
              view.titleKeyTerms = new String[] {"veraltet"};
              view.keyTerms = new String[] {"veraltet"};
              view.persist();
              entityManager
                  .createNativeQuery(
                      "insert into conflict_terms_version (id, version) values (1, 'old')"
                          + " on conflict (id) do update set version = 'old'")
                  .executeUpdate();
            });

    assertThat(profiles.reindexIfStale()).isPositive();

    ProjectView view =
        QuarkusTransaction.requiringNew().call(() -> ProjectView.<ProjectView>findById(id));
    assertThat(view.titleKeyTerms).contains("schwimmbad").doesNotContain("veraltet");
    assertThat(view.keyTerms).contains("schwimmbad");
    assertThat(profiles.reindexIfStale()).isZero();
  }
}
