package de.foerderlotse.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.DemoScenario;
import de.foerderlotse.infra.Realm;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The German web dashboard in a real headless Chromium against the whole running system: users sign
 * in through Keycloak's own login form, see what their role and municipality allow, act on a
 * conflict, and get alerts live. Demo data: {@link DemoScenario} (Düren and Jülich competing for
 * one call).
 */
class WebDashboardIT {

  private static String gateway;
  private static DemoScenario.Loaded demo;

  @BeforeAll
  static void startSystemWithDemoData() throws Exception {
    gateway = RunningSystem.url("gateway");
    demo = new DemoScenario(gateway, RunningSystem.keycloak()).load();
  }

  @Test
  void municipalityUserSeesOnlyItsOwnMunicipality() {
    try (Browser browser = new Browser()) {
      browser.signIn(gateway, "/ui/kommune", DemoScenario.DUEREN_LOGIN);

      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("de");
      assertThat(browser.text("#kommune-name")).contains("Düren");
      assertThat(browser.text("#projekte")).contains(DemoScenario.DUEREN_PROJECT);
      assertThat(browser.driver().getPageSource())
          .doesNotContain(DemoScenario.JUELICH_PROJECT)
          .doesNotContain("Jülich");
      // Asking for another municipality by address changes nothing: the scope is the token's.
      browser.driver().get(gateway + "/ui/kommune?ags=" + DemoScenario.JUELICH_AGS);
      assertThat(browser.text("#projekte")).contains(DemoScenario.DUEREN_PROJECT);
      assertThat(browser.driver().getPageSource()).doesNotContain(DemoScenario.JUELICH_PROJECT);
      browser.screenshot("kommune-dueren-eigene-daten");

      browser.driver().get(gateway + "/ui");
      assertThat(browser.text("h1")).contains(DemoScenario.DUEREN_AGS);
      browser.screenshot("kommune-dueren-uebersicht");

      browser.find("a.abmelden").click();
      browser.waiting().until(ExpectedConditions.urlMatches("^" + gateway + "/(\\?.*)?$"));
      browser.driver().get(gateway + "/ui");
      browser.find("#username");
    }
  }

  @Test
  void coordinatorResolvesTheCompetingConflictOfTwoMunicipalities() {
    try (Browser browser = new Browser()) {
      browser.signIn(gateway, "/ui/konflikte", "coordinator");
      // Conflict detection runs on project-service's events: wait for it, reloading the list.
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> {
                browser.driver().get(gateway + "/ui/konflikte?status=OPEN");
                return !browser
                    .driver()
                    .findElements(
                        By.xpath(
                            "//tr[td[contains(., 'Konkurrierende Anträge')] and td[contains(., '"
                                + DemoScenario.JUELICH_PROJECT
                                + "')]]"))
                    .isEmpty();
              });
      browser.screenshot("koordination-konfliktliste");
      WebElement row =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tr[td[contains(., 'Konkurrierende Anträge')] and td[contains(., '"
                          + DemoScenario.DUEREN_PROJECT
                          + "')] and td[contains(., '"
                          + DemoScenario.JUELICH_PROJECT
                          + "')]]"));
      assertThat(row.getText()).contains("Konkurrierende Anträge");
      row.findElement(By.tagName("a")).click();

      assertThat(browser.text("h1")).isEqualTo("Konkurrierende Anträge");
      assertThat(browser.text("#begruendung")).isNotBlank();
      List<WebElement> sides = browser.driver().findElements(By.cssSelector("article.seite"));
      assertThat(sides).hasSize(2);
      assertThat(sides.get(0).getText() + sides.get(1).getText())
          .contains(DemoScenario.DUEREN_PROJECT, DemoScenario.JUELICH_PROJECT, "Düren", "Jülich");
      assertThat(browser.text("#konflikt-status")).isEqualTo("offen");
      browser.screenshot("koordination-konflikt-offen");

      new Select(browser.find("#loesung")).selectByValue("JOINT_APPLICATION");
      browser
          .find("#loesen-begruendung")
          .sendKeys("Düren und Jülich stellen einen gemeinsamen Antrag.");
      browser.find("#loesen").click();

      browser.waiting().until(ExpectedConditions.textToBe(By.id("konflikt-status"), "gelöst"));
      assertThat(browser.text(".meldung")).contains("gelöst");
      browser.screenshot("koordination-konflikt-geloest");
    }
  }

  @Test
  void aNewAlertArrivesOnTheOpenPageWithoutReload() {
    try (Browser browser = new Browser()) {
      browser.signIn(gateway, "/ui", "coordinator");
      browser
          .waiting()
          .until(ExpectedConditions.textToBe(By.id("live-status"), "Live-Verbindung aktiv."));
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      page.executeScript("window.ohneNeuladen = 'ja';");

      oversubscribeACall();

      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("live-meldungen"), "überzeichnet"));
      // Still the same page: a reload would have dropped the marker.
      assertThat(page.executeScript("return window.ohneNeuladen;")).isEqualTo("ja");
      browser.screenshot("koordination-live-meldung");
    }
  }

  /**
   * Langerwehe applies for more than a small call's budget and submits: project-service raises
   * BUDGET_OVERSUBSCRIBED on project.alert.v1, which the gateway streams to the open page.
   */
  private static void oversubscribeACall() {
    String scout = RunningSystem.keycloak().passwordGrant("scout", Realm.DEMO_PASSWORD);
    String deadline =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusDays(60)
            .atTime(12, 0)
            .atZone(ZoneId.of("Europe/Berlin"))
            .toOffsetDateTime()
            .toString();
    Map<String, Object> programme =
        given()
            .auth()
            .oauth2(scout)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "Kleines Kulturbudget " + System.nanoTime(),
                    "fundingBody",
                    "Kreis Düren",
                    "status",
                    "OPEN",
                    "fundingAreas",
                    List.of("CULTURE"),
                    "calls",
                    List.of(
                        Map.of(
                            "title",
                            "Aufruf Kultur im Dorf",
                            "budget",
                            100000,
                            "stages",
                            List.of(Map.of("kind", "FULL_APPLICATION", "deadline", deadline))))))
            .post(gateway + "/api/programmes")
            .then()
            .statusCode(201)
            .extract()
            .as(Map.class);
    String callId = ((Map<?, ?>) ((List<?>) programme.get("calls")).get(0)).get("id").toString();

    String langerwehe =
        RunningSystem.keycloak().passwordGrant("kommune-langerwehe", Realm.DEMO_PASSWORD);
    String project =
        given()
            .auth()
            .oauth2(langerwehe)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title", "Dorfgemeinschaftshaus mit Bühne in Langerwehe",
                    "category", "CULTURE",
                    "estimatedTotalCost", "200000.00"))
            .post(gateway + "/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> application =
        Map.of(
            "projectId",
            project,
            "programmeId",
            programme.get("id"),
            "callId",
            callId,
            "requestedAmount",
            "150000.00",
            "eligibleCost",
            "200000.00",
            "ownContribution",
            "50000.00",
            "plannedStart",
            LocalDate.now().plusMonths(4).toString(),
            "plannedEnd",
            LocalDate.now().plusMonths(16).toString());
    // project-service learns of the programme and the project over Kafka.
    String[] id = new String[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              var answer =
                  given()
                      .auth()
                      .oauth2(langerwehe)
                      .contentType(ContentType.JSON)
                      .body(application)
                      .post(gateway + "/api/applications");
              id[0] = answer.statusCode() == 201 ? answer.path("id") : null;
              return id[0] != null;
            });
    Object version =
        given()
            .auth()
            .oauth2(langerwehe)
            .get(gateway + "/api/applications/" + id[0])
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    given()
        .auth()
        .oauth2(langerwehe)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body("{}")
        .post(gateway + "/api/applications/" + id[0] + "/submit")
        .then()
        .statusCode(200);
  }
}
