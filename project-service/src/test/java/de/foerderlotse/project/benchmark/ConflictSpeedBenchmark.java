package de.foerderlotse.project.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.project.conflict.ConflictDetection;
import de.foerderlotse.project.conflict.ConflictProfiles;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement, run only with {@code -Pbenchmark} (see README): loads 10,000 and
 * then 100,000 generated projects (a third of them with an application to one of 300 programmes)
 * into the real PostgreSQL through the service's schema, with search terms from the service's
 * normaliser, and times conflict detection for one new project: profile, index-backed candidate
 * query and scoring, exactly {@link ConflictDetection#detect} as the service runs it.
 */
@QuarkusTest
class ConflictSpeedBenchmark {

  private static final int WARM_UP = 100;
  private static final int RUNS = 400;
  private static final int PROGRAMMES = 300;

  @Inject AgroalDataSource dataSource;
  @Inject ConflictProfiles profiles;
  @Inject ConflictDetection detection;

  private final List<UUID> programmes = new ArrayList<>();

  @Test
  void timesDetectionForOneNewProjectAt10kAnd100kProjects() throws Exception {
    for (int i = 0; i < PROGRAMMES; i++) {
      programmes.add(UUID.randomUUID());
    }
    StringBuilder out = new StringBuilder("\n=== project-service conflict detection speed ===\n");
    out.append("detection for one new project (profile + candidate query + scoring), ")
        .append(RUNS)
        .append(" runs after ")
        .append(WARM_UP)
        .append(" warm-up runs\n");
    // History: the county's live projects stay about constant while finished ones pile up.
    out.append(
        scenario(
            "A) history: 5,000 live projects, the rest completed",
            new ProjectGenerator(7),
            new int[] {5_000, 5_000},
            new int[] {0, 90_000}));
    truncate();
    // Worst case: every one of the 100,000 projects is live (10x the density of live projects).
    out.append(
        scenario(
            "B) worst case: all projects live",
            new ProjectGenerator(8),
            new int[] {10_000, 0},
            new int[] {90_000, 0}));
    System.out.println(out);
  }

  /** Loads {live, completed} to 10k, measures, loads the second {live, completed}, measures. */
  private String scenario(String title, ProjectGenerator stored, int[] first, int[] second)
      throws Exception {
    long start = System.nanoTime();
    load(stored, first[0], true);
    load(stored, first[1], false);
    double load10k = (System.nanoTime() - start) / 1e9;
    double[] at10k = measure(new ProjectGenerator(11));
    start = System.nanoTime();
    load(stored, second[0], true);
    load(stored, second[1], false);
    double load100k = (System.nanoTime() - start) / 1e9;
    double[] at100k = measure(new ProjectGenerator(11));
    assertThat(at100k[1]).isPositive();
    return String.format(
        Locale.ROOT,
        "%s (load: 10,000 in %.1f s, +90,000 in %.1f s, JDBC batches)%n"
            + "   10,000 projects: p50 %.2f ms, p95 %.2f ms, conflicts found per run %.1f%n"
            + "  100,000 projects: p50 %.2f ms, p95 %.2f ms, conflicts found per run %.1f%n"
            + "  growth 10k -> 100k: p50 x%.2f, p95 x%.2f (target p95 <= 25 ms at 100k,"
            + " growth <= 2x)%n",
        title,
        load10k,
        load100k,
        at10k[0],
        at10k[1],
        at10k[2],
        at100k[0],
        at100k[1],
        at100k[2],
        at100k[0] / at10k[0],
        at100k[1] / at10k[1]);
  }

  /** Removes the generated projects and applications (they all carry the benchmark's marks). */
  private void truncate() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "delete from project_view where id in"
              + " (select project_id from application where created_by = 'benchmark')"
              + " or payload ->> 'costItems' like '%Bau und Ausstattung%'");
      // The compliance monitor may have checked generated applications meanwhile.
      statement.execute(
          "delete from compliance_state where application_id in"
              + " (select id from application where created_by = 'benchmark')");
      statement.execute("delete from application where created_by = 'benchmark'");
      statement.execute("analyze project_view");
    }
  }

  /** {p50, p95, mean conflicts found} over RUNS new projects (not stored). */
  private double[] measure(ProjectGenerator fresh) {
    List<Double> millis = new ArrayList<>();
    long found = 0;
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      ProjectView view = view(fresh.next(true));
      UUID programme = i % 3 == 0 ? programmes.get(i % PROGRAMMES) : null;
      long t = System.nanoTime();
      int conflicts =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    ConflictProfile profile = applying(profiles.index(view), programme);
                    return detection.detect(profile, view).size();
                  });
      double ms = (System.nanoTime() - t) / 1e6;
      if (i >= WARM_UP) {
        millis.add(ms);
        found += conflicts;
      }
    }
    Collections.sort(millis);
    return new double[] {percentile(millis, 50), percentile(millis, 95), (double) found / RUNS};
  }

  /** The new project as if it had an application to the programme (a third of them). */
  private static ConflictProfile applying(ConflictProfile p, UUID programme) {
    if (programme == null) {
      return p;
    }
    return new ConflictProfile(
        p.key(),
        p.ags(),
        p.title(),
        p.category(),
        p.lat(),
        p.lon(),
        p.plannedStart(),
        p.plannedEnd(),
        p.totalCost(),
        p.costItems(),
        List.of(
            new ConflictProfile.Participation(
                programme.toString(), programme.toString(), UUID.randomUUID().toString())),
        p.active(),
        p.titleTerms(),
        p.terms());
  }

  private static ProjectView view(ProjectGenerator.Generated g) {
    ProjectView view = new ProjectView();
    view.id = g.id();
    view.version = 1;
    view.ags = g.ags();
    view.title = g.title();
    view.category = g.category();
    view.status = "PLANNED";
    view.plannedStart = g.start();
    view.plannedEnd = g.end();
    view.estimatedTotalCost = g.cost();
    view.payload = g.payload();
    return view;
  }

  private void load(ProjectGenerator generator, int count, boolean live) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement project =
              connection.prepareStatement(
                  "insert into project_view (id, version, ags, title, category, status,"
                      + " planned_start, planned_end, estimated_total_cost, payload, applied_at,"
                      + " lat, lon, title_terms, terms, title_key_terms, key_terms) values"
                      + " (?, 1, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement application =
              connection.prepareStatement(
                  "insert into application (id, version, project_id, project_title, ags,"
                      + " programme_id, call_id, stage_index, requested_amount, eligible_cost,"
                      + " own_contribution, planned_start, planned_end, status, created_at,"
                      + " created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, 0, ?,"
                      + " ?, ?, ?, ?, 'SUBMITTED', ?, 'benchmark', ?, 'benchmark')")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= count; i++) {
          ProjectGenerator.Generated g = generator.next(live);
          ConflictProfile p =
              ConflictProfile.of(
                  g.id().toString(),
                  g.ags(),
                  g.title(),
                  g.description(),
                  g.category(),
                  g.lat(),
                  g.lon(),
                  g.start(),
                  g.end(),
                  g.cost(),
                  List.of(new ConflictProfile.CostItem(g.costLabel(), g.cost(), "CONSTRUCTION")),
                  List.of(),
                  true);
          project.setObject(1, g.id());
          project.setString(2, g.ags());
          project.setString(3, g.title());
          project.setString(4, g.category());
          project.setString(5, g.status());
          project.setDate(6, Date.valueOf(g.start()));
          project.setDate(7, Date.valueOf(g.end()));
          project.setBigDecimal(8, g.cost());
          project.setString(9, g.payload());
          project.setTimestamp(10, now);
          project.setDouble(11, g.lat());
          project.setDouble(12, g.lon());
          project.setArray(13, connection.createArrayOf("text", p.titleTerms().toArray()));
          project.setArray(14, connection.createArrayOf("text", p.terms().toArray()));
          project.setArray(15, connection.createArrayOf("text", p.titleKeyTerms().toArray()));
          project.setArray(16, connection.createArrayOf("text", p.keyTerms().toArray()));
          project.addBatch();
          if (i % 3 == 0) {
            UUID programme = programmes.get(i % PROGRAMMES);
            application.setObject(1, UUID.randomUUID());
            application.setObject(2, g.id());
            application.setString(3, g.title());
            application.setString(4, g.ags());
            application.setObject(5, programme);
            application.setObject(6, programme);
            application.setBigDecimal(7, g.cost().divide(java.math.BigDecimal.valueOf(2)));
            application.setBigDecimal(8, g.cost());
            application.setBigDecimal(9, g.cost().divide(java.math.BigDecimal.TEN));
            application.setDate(10, Date.valueOf(g.start()));
            application.setDate(11, Date.valueOf(g.end()));
            application.setTimestamp(12, now);
            application.setTimestamp(13, now);
            application.addBatch();
          }
          if (i % 1000 == 0) {
            project.executeBatch();
            application.executeBatch();
          }
        }
        project.executeBatch();
        application.executeBatch();
      }
      connection.commit();
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("analyze project_view");
        analyze.execute("analyze application");
      }
      connection.commit();
    }
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
