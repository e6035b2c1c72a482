package de.foerderlotse.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Wraps Jackson's own deserializer of a text or date type and refuses values no service accepts:
 * NUL in text, dates outside the accepted years, and plain numbers read as day counts.
 */
class CheckedValueDeserializer extends DelegatingDeserializer {

  private final Class<?> type;

  CheckedValueDeserializer(JsonDeserializer<?> delegate, Class<?> type) {
    super(delegate);
    this.type = type;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CheckedValueDeserializer(newDelegatee, type);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (type == LocalDate.class && parser.currentToken() != JsonToken.VALUE_STRING) {
      throw new RejectedInput(parser, type, "muss ein Datum im Format JJJJ-MM-TT sein");
    }
    Object value = _delegatee.deserialize(parser, context);
    if (value instanceof String text && InputRules.hasNul(text)) {
      throw new RejectedInput(parser, type, InputRules.NUL_REASON);
    }
    if (!InputRules.yearInRange(value)) {
      throw new RejectedInput(parser, type, InputRules.YEAR_REASON);
    }
    return value;
  }
}
