package de.foerderlotse.funding.api;

/** A query parameter that cannot be read; answered with 400 and the parameter as field error. */
class BadParameterException extends RuntimeException {

  private final String field;

  BadParameterException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
