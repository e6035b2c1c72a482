package de.foerderlotse.project.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public class ApplicationLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  public static Application draft(String requested) {
    return Application.draft(
        UUID.randomUUID(),
        "Sporthalle",
        "05358008",
        UUID.randomUUID(),
        UUID.randomUUID(),
        0,
        new ApplicationTerms(
            new BigDecimal(requested),
            new BigDecimal("500000"),
            new BigDecimal("50000"),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2028, 6, 30)),
        NOW,
        "test");
  }

  @Test
  void approvesSubmittedApplicationWithGrantNotice() {
    Application application = draft("300000");
    application.moveTo(ApplicationStatus.SUBMITTED, NOW, "test");
    application.approve(
        new GrantNotice(
            LocalDate.of(2027, 2, 1),
            new BigDecimal("280000"),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2028, 12, 31)),
        NOW,
        "test");

    assertThat(application.status).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.approvedAmount).isEqualByComparingTo("280000.00");
    assertThat(application.approvedAmount.scale()).isEqualTo(2);
    assertThat(application.approvalEnd).isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void refusesApprovalOfDraftWithGermanReason() {
    Application application = draft("300000");
    GrantNotice notice =
        new GrantNotice(
            LocalDate.of(2027, 2, 1),
            new BigDecimal("1"),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 3, 1));
    assertThatThrownBy(() -> application.approve(notice, NOW, "test"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT))
        .hasMessageContaining("„Entwurf“ kann nicht in den Status „bewilligt“")
        .hasMessageContaining("eingereicht");
  }

  @Test
  void allowsOnlyTheDesignedTransitions() {
    assertThat(ApplicationStatus.DRAFT.next())
        .containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN);
    assertThat(ApplicationStatus.SUBMITTED.next())
        .containsExactlyInAnyOrder(
            ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
    assertThat(ApplicationStatus.APPROVED.next())
        .containsExactly(ApplicationStatus.IN_IMPLEMENTATION);
    assertThat(ApplicationStatus.CLOSED.next()).isEmpty();
    assertThat(ApplicationStatus.WITHDRAWN.countsAgainstBudget()).isFalse();
    assertThat(ApplicationStatus.IN_IMPLEMENTATION.countsAgainstBudget()).isTrue();
  }

  @Test
  void rejectsFiguresThatContradictEachOther() {
    assertThatThrownBy(() -> draft("600000"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("übersteigt");
    assertThatThrownBy(() -> draft("460000")).hasMessageContaining("Eigenanteil zusammen");
  }

  @Test
  void editsOnlyDrafts() {
    Application application = draft("300000");
    application.moveTo(ApplicationStatus.SUBMITTED, NOW, "test");
    ApplicationTerms terms =
        new ApplicationTerms(
            BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, LocalDate.MIN, LocalDate.MAX);
    assertThatThrownBy(() -> application.edit(terms, NOW, "test"))
        .hasMessageContaining("kann nicht mehr bearbeitet werden");
  }
}
