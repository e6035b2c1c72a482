package de.foerderlotse.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

  @Test
  void measuresDuerenToJuelichAsTheCrowFlies() {
    // Town centres of Düren and Jülich, about 16 km apart.
    double km = GeoDistance.haversineKm(50.8044, 6.4923, 50.9220, 6.3583);
    assertThat(km).isCloseTo(16.1, within(0.5));
  }

  @Test
  void boxContainsEveryPointWithinTheRadius() {
    double[] box = GeoDistance.box(50.8, 6.5, 25);
    double north = GeoDistance.haversineKm(50.8, 6.5, box[1], 6.5);
    assertThat(north).isGreaterThanOrEqualTo(24.9);
  }
}
