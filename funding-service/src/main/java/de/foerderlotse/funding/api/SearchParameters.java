package de.foerderlotse.funding.api;

import de.foerderlotse.funding.service.search.SearchCriteria;
import de.foerderlotse.funding.service.search.SearchSort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a catalogue search. Parsed here rather than by JAX-RS, whose conversion
 * failures would surface as 404 instead of a 400 naming the parameter.
 */
public class SearchParameters {

  static final int MAX_PAGE_SIZE = 200;

  private static final Map<String, SearchSort> SORTS =
      Map.of(
          "relevance", SearchSort.RELEVANCE,
          "title", SearchSort.TITLE,
          "-title", SearchSort.TITLE_DESC,
          "-updatedAt", SearchSort.UPDATED_DESC,
          "-createdAt", SearchSort.CREATED_DESC,
          "maxGrant", SearchSort.MAX_GRANT,
          "-maxGrant", SearchSort.MAX_GRANT_DESC,
          "nextDeadline", SearchSort.NEXT_DEADLINE);

  @QueryParam("q")
  String q;

  @QueryParam("externalReference")
  String externalReference;

  @QueryParam("fundingArea")
  List<String> fundingAreas;

  @QueryParam("applicantType")
  List<String> applicantTypes;

  @QueryParam("region")
  String region;

  @QueryParam("fundingBody")
  String fundingBody;

  @QueryParam("fundingLevel")
  List<String> fundingLevels;

  @QueryParam("fundingType")
  List<String> fundingTypes;

  @QueryParam("status")
  List<String> statuses;

  @QueryParam("deadlineFrom")
  String deadlineFrom;

  @QueryParam("deadlineTo")
  String deadlineTo;

  @QueryParam("amountMin")
  String amountMin;

  @QueryParam("amountMax")
  String amountMax;

  @QueryParam("sort")
  @DefaultValue("relevance")
  String sort;

  @QueryParam("page")
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("20")
  String size;

  SearchCriteria toCriteria(ZoneId zone) {
    if (region != null && !region.isBlank() && !region.trim().matches("\\d{2,8}")) {
      throw new BadParameterException(
          "region", "muss ein AGS oder AGS-Präfix aus 2 bis 8 Ziffern sein");
    }
    if (q != null && q.length() > 200) {
      throw new BadParameterException("q", "höchstens 200 Zeichen");
    }
    SearchSort order = SORTS.get(sort);
    if (order == null) {
      throw new BadParameterException("sort", "erlaubt sind " + SORTS.keySet());
    }
    return new SearchCriteria(
        q,
        externalReference,
        enums("fundingArea", fundingAreas, de.foerderlotse.funding.domain.FundingArea.class),
        enums("applicantType", applicantTypes, de.foerderlotse.funding.domain.ApplicantType.class),
        region,
        fundingBody,
        enums("fundingLevel", fundingLevels, de.foerderlotse.funding.domain.FundingLevel.class),
        enums("fundingType", fundingTypes, de.foerderlotse.funding.domain.FundingType.class),
        enums("status", statuses, de.foerderlotse.funding.domain.ProgrammeStatus.class),
        instant("deadlineFrom", deadlineFrom, zone, false),
        instant("deadlineTo", deadlineTo, zone, true),
        amount("amountMin", amountMin),
        amount("amountMax", amountMax),
        order,
        integer("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
        integer("size", size, 1, MAX_PAGE_SIZE));
  }

  /** Repeated or comma-separated values: {@code fundingArea=ENERGY&fundingArea=MOBILITY}. */
  private static <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values == null) {
      return set;
    }
    for (String value : values) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          set.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new BadParameterException(
              name, "unbekannter Wert " + part.trim() + "; erlaubt sind " + EnumSet.allOf(type));
        }
      }
    }
    return set;
  }

  /** A date-time with offset, or a date meaning its start (or, for an upper bound, its end). */
  static OffsetDateTime instant(String name, String value, ZoneId zone, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime instant;
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        LocalTime time = endOfDay ? LocalTime.MAX : LocalTime.MIDNIGHT;
        instant = date.atTime(time).atZone(zone).toOffsetDateTime();
      } else {
        instant = OffsetDateTime.parse(value);
      }
      if (!PlausibleDeadline.Check.plausible(instant)) {
        throw new BadParameterException(
            name,
            "muss zwischen den Jahren "
                + PlausibleDeadline.FIRST_YEAR
                + " und "
                + PlausibleDeadline.LAST_YEAR
                + " liegen");
      }
      return instant;
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name,
          "muss ein Datum (2026-06-30) oder Zeitpunkt mit Offset (2026-06-30T12:00:00+02:00) sein");
    }
  }

  private static BigDecimal amount(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "muss ein Betrag in Euro sein, z. B. 50000.00");
    }
  }

  private static int integer(String name, String value, int min, int max) {
    int number;
    try {
      number = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "muss eine ganze Zahl sein");
    }
    if (number < min || number > max) {
      throw new BadParameterException(name, "muss zwischen " + min + " und " + max + " liegen");
    }
    return number;
  }
}
