package de.foerderlotse.gateway.routing;

/** A request body over what the owning service accepts: the client's fault, answered 413. */
public class PayloadTooLarge extends RuntimeException {

  private final long limit;

  public PayloadTooLarge(long limit) {
    super("request body over " + limit + " bytes", null, false, false);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
