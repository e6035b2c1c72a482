package de.foerderlotse.platform.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reads date and time parameters strictly (ISO 8601, accepted years only), naming a bad one. */
@Provider
public class DateParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = nameOf(annotations);
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>)
          new Checked<>(name, LocalDate::parse, "muss ein Datum im Format JJJJ-MM-TT sein");
    }
    if (rawType == Instant.class) {
      return (ParamConverter<T>)
          new Checked<>(name, Instant::parse, "muss ein Zeitpunkt nach ISO 8601 in UTC sein");
    }
    if (rawType == OffsetDateTime.class) {
      return (ParamConverter<T>)
          new Checked<>(name, OffsetDateTime::parse, "muss ein Zeitpunkt nach ISO 8601 sein");
    }
    return null;
  }

  private static String nameOf(Annotation[] annotations) {
    for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
      if (annotation instanceof FormParam form) {
        return form.value();
      }
      if (annotation instanceof CookieParam cookie) {
        return cookie.value();
      }
    }
    return "(Parameter)";
  }

  private record Checked<T>(String name, Function<String, T> parse, String format)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      T parsed;
      try {
        parsed = parse.apply(value.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidParameter(name, format);
      }
      if (!InputRules.yearInRange(parsed)) {
        throw new InvalidParameter(name, InputRules.YEAR_REASON);
      }
      return parsed;
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
