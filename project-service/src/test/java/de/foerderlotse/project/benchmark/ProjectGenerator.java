package de.foerderlotse.project.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic municipal projects for the speed benchmark: 30 kinds of measure in several wordings,
 * spread over the municipalities of North Rhine-Westphalia (deploy/data), sites within 3 km of the
 * municipality's centre, periods between 2026 and 2032, seeded so every run is the same.
 */
final class ProjectGenerator {

  record Municipality(String ags, String name, double lat, double lon) {}

  record Generated(
      UUID id,
      String ags,
      String title,
      String description,
      String category,
      double lat,
      double lon,
      LocalDate start,
      LocalDate end,
      BigDecimal cost,
      String costLabel,
      String status) {

    String payload() {
      return String.format(
          Locale.ROOT,
          """
          {"id":"%s","version":1,"ags":"%s","title":"%s","description":"%s","category":"%s",\
          "location":{"lat":%.5f,"lon":%.5f},"plannedStart":"%s","plannedEnd":"%s",\
          "estimatedTotalCost":%s,"costItems":[{"label":"%s","amount":%s,\
          "costCategory":"CONSTRUCTION"}],"status":"%s"}""",
          id,
          ags,
          title,
          description,
          category,
          lat,
          lon,
          start,
          end,
          cost,
          costLabel,
          cost,
          status);
    }
  }

  private static final String[][] MEASURES = {
    {
      "MOBILITY",
      "Errichtung einer Mobilstation am Bahnhof %s|Mobilitätsstation %s|Mobilpunkt in %s",
      "Verknüpfung von Bus, Bahn und Rad mit Fahrradboxen und Carsharing.|Eine Mobilstation mit E-Ladesäulen und Bike-Sharing am Haltepunkt."
    },
    {
      "MOBILITY",
      "Radwegebau zwischen %s und dem Nachbarort|Bau eines Radweges in %s|Lückenschluss im Radwegenetz %s",
      "Straßenbegleitender Geh- und Radweg mit 2,5 m Breite.|Neuer Radweg an der Kreisstraße für den Alltagsradverkehr."
    },
    {
      "MOBILITY",
      "E-Ladesäulen auf öffentlichen Parkplätzen in %s|Ladeinfrastruktur für Elektrofahrzeuge %s|Öffentliche Ladepunkte in %s",
      "Aufbau von Ladepunkten am Rathaus und an Parkplätzen.|Schnellladesäulen für Elektrofahrzeuge im Ortskern."
    },
    {
      "MOBILITY",
      "Barrierefreier Ausbau der Bushaltestellen in %s|Haltestellen in %s barrierefrei",
      "Umbau von Haltestellen mit Hochborden und Blindenleitsystem."
    },
    {
      "DIGITALISATION",
      "Breitbandausbau Gewerbegebiet %s|FTTB-Anbindung Gewerbegebiet %s|Glasfaser für das Gewerbegebiet %s",
      "Glasfaseranschlüsse bis ins Gebäude für die Betriebe.|Gigabitanschlüsse für Unternehmen im Gewerbegebiet."
    },
    {
      "DIGITALISATION",
      "Digitale Ausstattung der Schulen in %s|DigitalPakt Schulen %s",
      "WLAN, Displays und Tablets für alle Grundschulen."
    },
    {
      "DIGITALISATION",
      "Digitales Bürgerportal %s|OZG-Umsetzung in %s",
      "Onlinedienste für Bürgerinnen und Bürger."
    },
    {
      "EDUCATION",
      "Energetische Sanierung der Grundschule %s|Generalsanierung Grundschule %s",
      "Dämmung, Fenster und Lüftung der Grundschule.|Sanierung des Schulgebäudes mit neuer Heizung."
    },
    {
      "EDUCATION",
      "Ausbau der OGS in %s|Erweiterung der Offenen Ganztagsschule %s",
      "Neue Räume und Mensa für den offenen Ganztag."
    },
    {
      "CHILDCARE_YOUTH",
      "Neubau KiTa %s|Errichtung einer Kindertagesstätte in %s|Neubau Kindergarten %s",
      "Viergruppige Kindertagesstätte mit U3-Plätzen.|Neubau einer Kita mit Außenspielgelände."
    },
    {
      "CHILDCARE_YOUTH",
      "Jugendzentrum %s|Errichtung eines Jugendfreizeithauses in %s",
      "Offener Treff für Jugendliche mit Café und Werkraum."
    },
    {
      "CIVIL_PROTECTION",
      "Neubau Feuerwehrgerätehaus %s|FW-Gerätehaus %s – Neubau|Gerätehaus der Feuerwehr %s",
      "Gerätehaus mit Fahrzeughalle und Umkleiden für die Löschgruppe."
    },
    {
      "CIVIL_PROTECTION",
      "Beschaffung eines HLF 20 für %s|Neues Löschfahrzeug für die Feuerwehr %s",
      "Ersatzbeschaffung eines Hilfeleistungslöschgruppenfahrzeugs."
    },
    {
      "CIVIL_PROTECTION",
      "Ausbau des Sirenennetzes in %s|Warnsirenen für %s",
      "Moderne Sirenen zur Warnung der Bevölkerung."
    },
    {
      "SPORT",
      "Kunstrasenplatz %s|Umwandlung des Tennenplatzes in %s in Kunstrasen",
      "Kunstrasenspielfeld mit Flutlicht für Vereine und Schulen."
    },
    {
      "SPORT",
      "Sanierung der Sporthalle %s|Energetische Sanierung der Turnhalle %s",
      "Dach, Boden und Heizung der Sporthalle."
    },
    {
      "SPORT",
      "Lehrschwimmbecken %s|Hallenbad für Schul- und Vereinsschwimmen in %s",
      "Kleines Hallenbad für den Schwimmunterricht."
    },
    {
      "HEALTH_CARE",
      "Gesundheitszentrum %s|Ärztehaus in %s|MVZ %s",
      "Praxisräume für Hausärzte und Physiotherapie."
    },
    {
      "SOCIAL_AFFAIRS",
      "Seniorenbegegnungsstätte %s|Mehrgenerationenhaus %s",
      "Treffpunkt mit Mittagstisch und Beratung."
    },
    {
      "RURAL_DEVELOPMENT",
      "Sanierung DGH %s|Dorfgemeinschaftshaus %s barrierefrei",
      "Barrierefreier Umbau des Dorfgemeinschaftshauses."
    },
    {
      "RURAL_DEVELOPMENT",
      "Dorfmitte %s neu gestalten|Umgestaltung des Dorfplatzes %s",
      "Platz an der Kirche mit Bäumen und Bänken."
    },
    {
      "CLIMATE_PROTECTION",
      "LED-Straßenbeleuchtung %s|Umrüstung der Straßenbeleuchtung in %s auf LED",
      "Austausch der Leuchten gegen LED-Technik."
    },
    {
      "CLIMATE_PROTECTION",
      "Klimaschutzmanagement %s",
      "Stelle für eine Klimaschutzmanagerin zur Umsetzung des Konzepts."
    },
    {
      "ENERGY",
      "Photovoltaik auf öffentlichen Gebäuden in %s|PV-Anlagen für %s",
      "Solaranlagen auf Schulen und Rathaus."
    },
    {
      "ENERGY",
      "Kommunale Wärmeplanung %s|Wärmeplan für %s",
      "Erstellung des kommunalen Wärmeplans."
    },
    {
      "TOURISM", "Wohnmobilstellplatz %s|Reisemobilhafen %s", "Stellplätze mit Ver- und Entsorgung."
    },
    {
      "TOURISM",
      "Wanderwegenetz %s aufwerten|Rundwanderwege in %s",
      "Beschilderung und Rastplätze entlang der Wanderwege."
    },
    {
      "ECONOMY",
      "Erschließung des Gewerbegebiets %s|Erweiterung des Gewerbegebiets %s",
      "Straßen, Kanal und Versorgung für neue Betriebe."
    },
    {
      "STRUCTURAL_CHANGE",
      "Gründerzentrum %s|Coworking- und Gründerzentrum %s",
      "Büros und Werkstätten für Start-ups."
    },
    {
      "WATER",
      "Renaturierung des Bachs bei %s|Hochwasserschutz %s",
      "Naturnahe Umgestaltung des Gewässers und Rückhalteräume."
    },
  };

  private final List<Municipality> municipalities;
  private final Random random;

  ProjectGenerator(long seed) throws IOException {
    this.random = new Random(seed);
    this.municipalities = municipalities();
  }

  /** A project still planned (live) or one of the history, completed years ago. */
  Generated next(boolean live) {
    String[] measure = MEASURES[random.nextInt(MEASURES.length)];
    Municipality m = municipalities.get(random.nextInt(municipalities.size()));
    String place = m.name();
    String[] titles = measure[1].split("\\|");
    String[] descriptions = measure[2].split("\\|");
    LocalDate start =
        live
            ? LocalDate.of(2026, 1, 1).plusMonths(random.nextInt(72))
            : LocalDate.of(2000, 1, 1).plusMonths(random.nextInt(288));
    BigDecimal cost = BigDecimal.valueOf(50_000 + random.nextInt(400) * 10_000L);
    double angle = random.nextDouble() * 2 * Math.PI;
    double km = random.nextDouble() * 3;
    return new Generated(
        UUID.randomUUID(),
        m.ags(),
        titles[random.nextInt(titles.length)].formatted(place),
        descriptions[random.nextInt(descriptions.length)],
        measure[0],
        m.lat() + km / 111 * Math.sin(angle),
        m.lon() + km / 70 * Math.cos(angle),
        start,
        start.plusMonths(6 + random.nextInt(30)),
        cost,
        "Bau und Ausstattung",
        live ? "PLANNED" : "COMPLETED");
  }

  private static List<Municipality> municipalities() throws IOException {
    Path csv = Path.of("..", "deploy", "data", "nrw_municipalities.csv");
    List<Municipality> result = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = de.foerderlotse.infra.Municipality.splitCsvLine(line);
      String name = cells.get(2).replaceAll(",.*", "").replace("\"", "");
      result.add(
          new Municipality(
              cells.get(0),
              name,
              Double.parseDouble(cells.get(8)),
              Double.parseDouble(cells.get(9))));
    }
    return result;
  }
}
