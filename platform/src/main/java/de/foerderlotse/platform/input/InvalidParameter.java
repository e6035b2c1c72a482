package de.foerderlotse.platform.input;

import jakarta.ws.rs.BadRequestException;

/** A query, path or header parameter that cannot be converted; the problem mapper names it. */
public class InvalidParameter extends BadRequestException {

  private final String name;
  private final String reason;

  public InvalidParameter(String name, String reason) {
    super(name + " " + reason);
    this.name = name;
    this.reason = reason;
  }

  public String name() {
    return name;
  }

  public String reason() {
    return reason;
  }
}
