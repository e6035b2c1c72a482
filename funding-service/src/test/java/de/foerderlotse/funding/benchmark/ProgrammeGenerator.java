package de.foerderlotse.funding.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import de.foerderlotse.funding.domain.StageKind;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** Realistic, reproducible programmes for the benchmark: German titles, mixed areas and calls. */
final class ProgrammeGenerator {

  private static final List<String> SUBJECTS =
      List.of(
          "Radwege",
          "Kindertagesstätten",
          "Schulsanierung",
          "Breitbandausbau",
          "Wärmenetze",
          "Photovoltaik auf kommunalen Dächern",
          "Hochwasserschutz",
          "Dorferneuerung",
          "Sportstätten",
          "Feuerwehrgerätehäuser",
          "Stadtbegrünung",
          "Ladeinfrastruktur",
          "Gewerbeflächen",
          "Innovationszentren",
          "Fachkräftesicherung",
          "Tourismuswege",
          "Bibliotheken",
          "Quartiersentwicklung",
          "Pflegeeinrichtungen",
          "Klimaanpassung",
          "Abwasserbehandlung",
          "Naturschutzgebiete",
          "Jugendzentren",
          "Digitale Verwaltung");
  private static final List<String> QUALIFIERS =
      List.of(
          "im Rheinischen Revier",
          "in ländlichen Räumen",
          "für Kommunen",
          "im Strukturwandel",
          "in Nordrhein-Westfalen",
          "für finanzschwache Gemeinden",
          "mit Bürgerbeteiligung",
          "nach dem Kohleausstieg");
  private static final List<String> BODIES =
      List.of(
          "Europäische Union (EFRE)",
          "Bundesministerium für Wirtschaft und Klimaschutz",
          "Bundesministerium für Digitales und Verkehr",
          "Land Nordrhein-Westfalen",
          "Bezirksregierung Köln",
          "Zukunftsagentur Rheinisches Revier",
          "Deutsche Bundesstiftung Umwelt",
          "KfW");

  private final Random random = new Random(42);
  private final ObjectMapper json = new ObjectMapper();

  String programmes(int count) {
    ArrayNode array = json.createArrayNode();
    OffsetDateTime now =
        OffsetDateTime.now(ZoneId.of("Europe/Berlin")).truncatedTo(ChronoUnit.HOURS);
    for (int i = 0; i < count; i++) {
      array.add(programme(i, now));
    }
    return array.toString();
  }

  private ObjectNode programme(int i, OffsetDateTime now) {
    String subject = pick(SUBJECTS);
    ObjectNode p = json.createObjectNode();
    p.put("externalReference", "BENCH-" + i);
    p.put("title", "Förderung " + subject + " " + pick(QUALIFIERS) + " " + (2026 + i % 5));
    p.put(
        "shortDescription",
        "Zuschüsse für Investitionen in "
            + subject
            + ". Gefördert werden Planung, Bau und"
            + " Ausstattung; Antragsteller sind Kommunen, Kreise und Zweckverbände.");
    p.put("fundingBody", pick(BODIES));
    p.put(
        "fundingLevel", FundingLevel.values()[random.nextInt(FundingLevel.values().length)].name());
    ArrayNode areas = p.putArray("fundingAreas");
    for (int a = 0; a < 1 + random.nextInt(3); a++) {
      areas.add(FundingArea.values()[random.nextInt(FundingArea.values().length)].name());
    }
    ArrayNode applicants = p.putArray("applicantTypes");
    applicants.add(ApplicantType.MUNICIPALITY.name());
    if (random.nextBoolean()) {
      applicants.add(ApplicantType.values()[random.nextInt(ApplicantType.values().length)].name());
    }
    if (random.nextInt(3) == 0) {
      p.putArray("eligibleRegions").add(random.nextBoolean() ? "05" : "05358");
    }
    int min = 5_000 * (1 + random.nextInt(20));
    p.put("fundingRatePercent", 50 + random.nextInt(41));
    p.put("minGrant", min);
    p.put("maxGrant", min * (2 + random.nextInt(50)));
    p.put("totalBudget", 1_000_000 * (1 + random.nextInt(100)));
    p.put(
        "status",
        random.nextInt(5) == 0 ? ProgrammeStatus.CLOSED.name() : ProgrammeStatus.OPEN.name());
    p.put("url", "https://www.foerderdatenbank.de/programm/" + i);
    ObjectNode ruleSet = p.putObject("ruleSet");
    ruleSet.put("preset", random.nextBoolean() ? "ANBEST_P" : "ANBEST_GK");
    ArrayNode calls = p.putArray("calls");
    for (int c = 0; c < random.nextInt(3); c++) {
      ObjectNode call = calls.addObject();
      call.put("title", "Aufruf " + (c + 1));
      call.put("budget", 500_000 * (1 + random.nextInt(10)));
      ArrayNode stages = call.putArray("stages");
      OffsetDateTime sketch = now.plusDays(10 + random.nextInt(300));
      stages.addObject().put("kind", StageKind.SKETCH.name()).put("deadline", sketch.toString());
      stages
          .addObject()
          .put("kind", StageKind.FULL_APPLICATION.name())
          .put("deadline", sketch.plusDays(60).toString());
    }
    return p;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
