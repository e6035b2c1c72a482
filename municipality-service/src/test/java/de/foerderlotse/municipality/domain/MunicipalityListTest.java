package de.foerderlotse.municipality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MunicipalityListTest {

  @Test
  void readsTheFifteenMunicipalitiesOfKreisDueren() throws IOException {
    List<MunicipalityData> list = shipped("kreis_dueren_municipalities.csv");

    assertThat(list).hasSize(15);
    MunicipalityData dueren =
        list.stream().filter(m -> m.ags().equals("05358008")).findFirst().orElseThrow();
    assertThat(dueren.name()).isEqualTo("Düren, Stadt");
    assertThat(dueren.kind()).isEqualTo(MunicipalityKind.CITY);
    assertThat(dueren.countyAgs()).isEqualTo("05358000");
    assertThat(dueren.population()).isEqualTo(91216);
    assertThat(dueren.areaKm2()).isEqualByComparingTo("85.00");
    assertThat(dueren.centroid()).isEqualTo(new GeoPoint(50.801678, 6.482964));
    assertThat(list)
        .filteredOn(m -> m.name().equals("Aldenhoven"))
        .first()
        .extracting(MunicipalityData::kind)
        .isEqualTo(MunicipalityKind.MUNICIPALITY);
  }

  @Test
  void readsAnyOtherListInTheSameFormatSuchAsAllOfNorthRhineWestphalia() throws IOException {
    List<MunicipalityData> nrw = shipped("nrw_municipalities.csv");

    assertThat(nrw).hasSize(396);
    assertThat(nrw).allMatch(m -> Ags.isValid(m.ags()));
    MunicipalityData cologne =
        nrw.stream().filter(m -> m.ags().equals("05315000")).findFirst().orElseThrow();
    assertThat(cologne.kind()).isEqualTo(MunicipalityKind.CITY);
    // A kreisfreie Stadt belongs to no county.
    assertThat(cologne.countyAgs()).isNull();
    Map<String, List<String>> neighbours = Neighbourhood.of(nrw, 12);
    assertThat(neighbours).hasSize(396);
    assertThat(neighbours.get("05358008")).contains("05358040").doesNotContain("05358008");
  }

  @Test
  void takesNeighboursGivenByTheListInsteadOfComputingThem() throws IOException {
    String csv =
        """
        ags,name,lat,lon,nachbarn
        01001001,Nord,54.0,9.0,01001002
        01001002,Süd,53.0,9.0,
        01001003,Nah,54.01,9.0,
        """;
    List<MunicipalityData> list = MunicipalityList.parse(new StringReader(csv), "test.csv");
    Map<String, List<String>> neighbours = Neighbourhood.of(list, 5);

    assertThat(neighbours.get("01001001")).containsExactly("01001002");
    assertThat(neighbours.get("01001002")).isEmpty();
    assertThat(neighbours.get("01001003")).containsExactly("01001001");
  }

  @Test
  void namesTheLineOfAMalformedRow() {
    String csv = "ags,name,lat,lon\n05358008,Düren,50.8,6.4\n123,Kaputt,50.8,6.4\n";
    assertThatThrownBy(() -> MunicipalityList.parse(new StringReader(csv), "kaputt.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kaputt.csv Zeile 3");
  }

  @Test
  void refusesAListWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> MunicipalityList.parse(new StringReader("ags,name\n"), "x.csv"))
        .hasMessageContaining("Spalte lat fehlt");
  }

  @Test
  void splitsQuotedCells() {
    assertThat(MunicipalityList.splitCsvLine("05358008,\"Düren, Stadt\",\"a \"\"b\"\"\""))
        .containsExactly("05358008", "Düren, Stadt", "a \"b\"");
  }

  private static List<MunicipalityData> shipped(String name) throws IOException {
    try (var in =
        MunicipalityListTest.class.getClassLoader().getResourceAsStream("municipalities/" + name)) {
      assertThat(in).as("shipped list " + name).isNotNull();
      return MunicipalityList.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }
  }
}
