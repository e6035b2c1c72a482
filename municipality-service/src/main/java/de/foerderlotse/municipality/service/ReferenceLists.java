package de.foerderlotse.municipality.service;

import de.foerderlotse.municipality.domain.MunicipalityData;
import de.foerderlotse.municipality.domain.MunicipalityList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a municipality list on disk, or else among the lists shipped on the classpath. */
final class ReferenceLists {

  private static final String SHIPPED = "municipalities/";

  private ReferenceLists() {}

  static java.util.List<MunicipalityData> load(String location) {
    try {
      Path path = Path.of(location);
      if (Files.isRegularFile(path)) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
          return MunicipalityList.parse(reader, location);
        }
      }
      try (InputStream in = open(location)) {
        return MunicipalityList.parse(new InputStreamReader(in, StandardCharsets.UTF_8), location);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read municipality list " + location, e);
    }
  }

  private static InputStream open(String location) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in = loader.getResourceAsStream(SHIPPED + location);
    if (in == null) {
      in = loader.getResourceAsStream(location);
    }
    if (in == null) {
      throw new IllegalArgumentException(
          "municipality list " + location + " is neither a file nor shipped on the classpath");
    }
    return in;
  }
}
