package de.foerderlotse.gateway.routing;

/** A downstream service could not answer: unreachable (503), too slow (504) or broken (502). */
public class UpstreamFailure extends RuntimeException {

  private final int status;

  public UpstreamFailure(int status, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
