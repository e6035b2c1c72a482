package de.foerderlotse.project.scouting.domain;

import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a programme suits a municipal project: same funding area, municipalities may apply, the
 * region is covered, the expected grant reaches the minimum, and a call is still open.
 */
public final class FundingMatch {

  private FundingMatch() {}

  /** A match and what it rests on. */
  public record Reason(OffsetDateTime nextDeadline, BigDecimal expectedGrant) {}

  public static Optional<Reason> of(ProgrammeTerms programme, ProjectView project, Instant now) {
    if (programme.deleted()
        || !"OPEN".equals(programme.status())
        || project.category == null
        || !programme.fundingAreas().contains(project.category)
        || !project.looksForFunding()
        || !(programme.applicantTypes().isEmpty()
            || programme.applicantTypes().contains("MUNICIPALITY"))
        || !programme.coversRegion(project.ags)) {
      return Optional.empty();
    }
    BigDecimal expected = expectedGrant(programme, project);
    if (expected != null
        && programme.minGrant() != null
        && expected.compareTo(programme.minGrant()) < 0) {
      return Optional.empty();
    }
    return nextOpenDeadline(programme, now).map(deadline -> new Reason(deadline, expected));
  }

  /**
   * What decides a match: a change of anything else (title, description…) is not material and
   * raises no new match alert.
   */
  public static String materialFingerprint(ProgrammeTerms p) {
    String calls =
        p.calls().stream()
            .flatMap(c -> c.stages().stream())
            .map(s -> String.valueOf(s.deadline() == null ? null : s.deadline().toInstant()))
            .sorted()
            .toList()
            .toString();
    String material =
        String.join(
            "|",
            new TreeSet<>(p.fundingAreas()).toString(),
            new TreeSet<>(p.applicantTypes()).toString(),
            new TreeSet<>(p.eligibleRegions()).toString(),
            String.valueOf(p.fundingRatePercent()),
            String.valueOf(p.minGrant()),
            String.valueOf(p.maxGrant()),
            String.valueOf(p.status()),
            calls);
    return Integer.toHexString(Objects.hash(material));
  }

  private static BigDecimal expectedGrant(ProgrammeTerms programme, ProjectView project) {
    if (project.estimatedTotalCost == null) {
      return null;
    }
    BigDecimal grant =
        programme.fundingRatePercent() == null
            ? project.estimatedTotalCost
            : project
                .estimatedTotalCost
                .multiply(programme.fundingRatePercent())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return programme.maxGrant() == null ? grant : grant.min(programme.maxGrant());
  }

  private static Optional<OffsetDateTime> nextOpenDeadline(ProgrammeTerms programme, Instant now) {
    return programme.calls().stream()
        .flatMap(c -> c.stages().stream())
        .map(ProgrammeTerms.Stage::deadline)
        .filter(d -> d != null && d.toInstant().isAfter(now))
        .min(Comparator.naturalOrder());
  }
}
