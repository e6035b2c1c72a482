package de.foerderlotse.municipality.service;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityData;
import de.foerderlotse.municipality.events.MunicipalityChanged;
import de.foerderlotse.platform.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalitySeederTest {

  private static final String HEIMBACH = "05358012";

  @Inject MunicipalitySeeder seeder;

  @Test
  void changesAndPublishesNothingWhenSeededAgainAndKeepsMaintainedContacts() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Bürgerbüro Heimbach\"}")
        .put("/api/municipalities/" + HEIMBACH + "/contact")
        .then()
        .statusCode(200);
    long eventsBefore = municipalityEvents();
    long versionBefore = version(HEIMBACH);

    int changed = seeder.seed();

    assertThat(changed).isZero();
    assertThat(municipalityEvents()).isEqualTo(eventsBefore);
    assertThat(version(HEIMBACH)).isEqualTo(versionBefore);
    Municipality heimbach =
        QuarkusTransaction.requiringNew().call(() -> Municipality.findById(HEIMBACH));
    assertThat(heimbach.contact.name).isEqualTo("Bürgerbüro Heimbach");
  }

  @Test
  void readsAListFromAFilePath() throws IOException {
    Path file = Files.createTempFile("gemeinden", ".csv");
    Files.writeString(
        file, "ags,name,lat,lon\n09162000,\"München, Landeshauptstadt\",48.137,11.575\n");
    List<MunicipalityData> list = ReferenceLists.load(file.toString());
    assertThat(list).extracting(MunicipalityData::ags).containsExactly("09162000");
    Files.delete(file);
  }

  @Test
  void refusesAListThatIsNeitherFileNorShipped() {
    assertThatThrownBy(() -> ReferenceLists.load("gibt_es_nicht.csv"))
        .hasMessageContaining("gibt_es_nicht.csv");
  }

  private static long municipalityEvents() {
    return QuarkusTransaction.requiringNew()
        .call(() -> OutboxEvent.count("topic", MunicipalityChanged.TOPIC));
  }

  private static long version(String ags) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Municipality.<Municipality>findById(ags).version);
  }
}
