package de.foerderlotse.municipality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoAndAgsTest {

  @Test
  void measuresTheDistanceBetweenDuerenAndJuelich() {
    GeoPoint dueren = new GeoPoint(50.801678, 6.482964);
    GeoPoint juelich = new GeoPoint(50.922697, 6.357721);
    assertThat(dueren.distanceKm(juelich)).isCloseTo(16.0, within(0.5));
    assertThat(dueren.distanceKm(dueren)).isZero();
  }

  @Test
  void acceptsOnlyEightDigitKeys() {
    assertThat(Ags.isValid("05358008")).isTrue();
    assertThat(Ags.isValid("5358008")).isFalse();
    assertThat(Ags.isValid("0535800a")).isFalse();
    assertThat(Ags.isValid(null)).isFalse();
    assertThat(Ags.countyOf("05358008")).isEqualTo("05358000");
  }

  @Test
  void foldsGermanSpellingsTogether() {
    assertThat(SearchText.fold("  GRÜNFLÄCHE   Straße ")).isEqualTo("gruenflaeche strasse");
    assertThat(SearchText.fold("Café")).isEqualTo("cafe");
  }
}
