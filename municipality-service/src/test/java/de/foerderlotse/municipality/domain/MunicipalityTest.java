package de.foerderlotse.municipality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T08:00:00Z");

  @Test
  void appliesChangedReferenceDataButKeepsTheContact() {
    Municipality m = Municipality.from(data(91216), List.of("05358040"), "seed", T0);
    m.changeContact(new Contact("Frau A", "a@dueren.example", null), "anna", T0);

    List<String> changed = m.applyReferenceData(data(92000), List.of("05358040"), "seed", T1);

    assertThat(changed).containsExactly("population");
    assertThat(m.population).isEqualTo(92000);
    assertThat(m.contact.name).isEqualTo("Frau A");
    assertThat(m.updatedAt).isEqualTo(T1);
  }

  @Test
  void reportsNoChangeForTheSameDataSoRestartsPublishNothing() {
    Municipality m = Municipality.from(data(91216), List.of("05358040"), "seed", T0);
    assertThat(m.applyReferenceData(data(91216), List.of("05358040"), "seed", T1)).isEmpty();
    assertThat(m.updatedAt).isEqualTo(T0);
  }

  @Test
  void reportsChangedNeighbours() {
    Municipality m = Municipality.from(data(91216), List.of("05358040"), "seed", T0);
    assertThat(m.applyReferenceData(data(91216), List.of("05358040", "05358028"), "seed", T1))
        .containsExactly("neighbours");
    assertThat(m.neighbours).containsExactly("05358028", "05358040");
  }

  @Test
  void shortensTheOfficialName() {
    Municipality m = Municipality.from(data(1), List.of(), "seed", T0);
    assertThat(m.shortName()).isEqualTo("Düren");
  }

  private static MunicipalityData data(int population) {
    return new MunicipalityData(
        "05358008",
        "Düren, Stadt",
        MunicipalityKind.CITY,
        "05358000",
        population,
        new BigDecimal("85.00"),
        "52349",
        new GeoPoint(50.801678, 6.482964),
        List.of());
  }
}
