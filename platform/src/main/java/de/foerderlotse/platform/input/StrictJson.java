package de.foerderlotse.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One input-hygiene layer for every JSON body of every service: duplicate keys, NUL characters and
 * dates PostgreSQL cannot store are refused while reading, so they end as 400, never as 500.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  private static final Set<Class<?>> CHECKED =
      Set.of(
          String.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class, Instant.class);

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    SimpleModule module = new SimpleModule("foerderlotse-input-hygiene");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deser) {
            Class<?> type = description.getBeanClass();
            return CHECKED.contains(type) ? new CheckedValueDeserializer(deser, type) : deser;
          }
        });
    mapper.registerModule(module);
  }

  @Override
  public int priority() {
    // after Quarkus' own customizers, so the time module whose deserializers are wrapped is present
    return MINIMUM_PRIORITY;
  }
}
