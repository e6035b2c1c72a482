package de.foerderlotse.project.settlement.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The Bundesbank's Basiszinssatz by the day it applies from, read from a table, not from code. */
public final class BaseRates {

  /** The table shipped with the service, with its source in the header. */
  public static final String SHIPPED = "/settlement/basiszinssatz.csv";

  private final NavigableMap<LocalDate, BigDecimal> rates;

  private BaseRates(NavigableMap<LocalDate, BigDecimal> rates) {
    this.rates = rates;
  }

  public static BaseRates shipped() {
    try (InputStream in = BaseRates.class.getResourceAsStream(SHIPPED)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines "valid_from,percent"; '#' lines and the header are skipped. */
  public static BaseRates read(Reader table) throws IOException {
    NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
    BufferedReader lines = new BufferedReader(table);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#") || row.startsWith("valid_from")) {
        continue;
      }
      String[] cells = row.split(",");
      rates.put(LocalDate.parse(cells[0].strip()), new BigDecimal(cells[1].strip()));
    }
    return new BaseRates(rates);
  }

  /** The rate on {@code day}; empty before the first known rate. */
  public Optional<BigDecimal> on(LocalDate day) {
    return Optional.ofNullable(rates.floorEntry(day)).map(Map.Entry::getValue);
  }

  /** The first day after {@code day} on which the rate changes, if the table knows one. */
  Optional<LocalDate> nextChangeAfter(LocalDate day) {
    return Optional.ofNullable(rates.higherKey(day));
  }
}
