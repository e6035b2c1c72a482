package de.foerderlotse.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value that parses but that no service accepts; carries the German reason for the user. */
public class RejectedInput extends MismatchedInputException {

  private final String reason;

  public RejectedInput(JsonParser parser, Class<?> target, String reason) {
    super(parser, reason, target);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
