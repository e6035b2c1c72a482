package de.foerderlotse.project.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.conflict.engine.Finding;
import de.foerderlotse.conflict.engine.Finding.Explanation;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.Conflict.Redetection;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.ConflictStatus;
import de.foerderlotse.project.conflict.domain.HistoryEntry;
import de.foerderlotse.project.conflict.domain.HistoryEntry.Action;
import de.foerderlotse.project.conflict.domain.Resolution;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the detector finding a pair again does to its conflict (domain rules, no database). */
class ConflictRedetectionTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private final ConflictSide a = side("05999901");
  private final ConflictSide b = side("05999902");

  @Test
  void relabelsALiveConflictInPlaceKeepingItsStatus() {
    Conflict conflict = Conflict.detected("a|b", finding(ConflictKind.REDUNDANT), a, b, "f1", T0);
    conflict.acknowledge("kai", null, T0);

    Redetection outcome = conflict.redetected(finding(ConflictKind.COMPETING), a, b, "f2", T1);

    assertThat(outcome).isEqualTo(Redetection.RELABELLED);
    assertThat(conflict.kind).isEqualTo(ConflictKind.COMPETING);
    assertThat(conflict.status).isEqualTo(ConflictStatus.ACKNOWLEDGED);
    HistoryEntry last = conflict.history.get(conflict.history.size() - 1);
    assertThat(last.action()).isEqualTo(Action.KIND_CHANGED);
    assertThat(last.previousKind()).isEqualTo(ConflictKind.REDUNDANT);
    assertThat(last.kind()).isEqualTo(ConflictKind.COMPETING);
    assertThat(last.comment())
        .startsWith("Art geändert von „Mögliche Doppelplanung“ zu „Konkurrierende Anträge“");
  }

  @Test
  void reopensAConflictTheDetectorClosedWhenFoundAgainUnchanged() {
    Conflict conflict = Conflict.detected("a|b", finding(ConflictKind.REDUNDANT), a, b, "f1", T0);
    conflict.vanished(Resolution.OTHER, "weg", T0);

    assertThat(conflict.redetected(finding(ConflictKind.REDUNDANT), a, b, "f1", T1))
        .isEqualTo(Redetection.REOPENED);
    assertThat(conflict.status).isEqualTo(ConflictStatus.OPEN);
    assertThat(conflict.resolution).isNull();
  }

  @Test
  void keepsADismissedConflictClosedWhileNothingMaterialChanges() {
    Conflict conflict = Conflict.detected("a|b", finding(ConflictKind.REDUNDANT), a, b, "f1", T0);
    conflict.dismiss("kai", "kein Duplikat", T0);

    assertThat(conflict.redetected(finding(ConflictKind.REDUNDANT), a, b, "f1", T1))
        .isEqualTo(Redetection.UNCHANGED);
    assertThat(conflict.status).isEqualTo(ConflictStatus.DISMISSED);
    assertThat(conflict.redetected(finding(ConflictKind.COMPETING), a, b, "f2", T1))
        .isEqualTo(Redetection.REOPENED);
    assertThat(conflict.kind).isEqualTo(ConflictKind.COMPETING);
    assertThat(conflict.history.stream().map(HistoryEntry::action))
        .containsExactly(Action.DETECTED, Action.DISMISSED, Action.REOPENED, Action.KIND_CHANGED);
  }

  private static Finding finding(ConflictKind kind) {
    return new Finding(
        kind,
        0.8,
        new Explanation(0.7, List.of("jugendzentrum"), 5.0, 700L, false, false, "Ähnlich."),
        null,
        null);
  }

  private static ConflictSide side(String ags) {
    return new ConflictSide(
        ags,
        "Dorf",
        UUID.randomUUID(),
        "Jugendzentrum",
        null,
        null,
        null,
        null,
        "CHILDCARE_YOUTH",
        null,
        null,
        null);
  }
}
