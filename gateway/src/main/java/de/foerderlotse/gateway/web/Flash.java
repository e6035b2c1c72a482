package de.foerderlotse.gateway.web;

import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * A status text for the next page only, carried in a short-lived signed cookie instead of the URL,
 * so nobody can craft a link that shows a text of their choosing.
 */
public record Flash(boolean error, String text) {

  static final String COOKIE = "foerderlotse-meldung";
  private static final String PURPOSE = "flash";

  /** The cookie that carries this message to the next page. */
  NewCookie cookie(WebSigner signer) {
    return new NewCookie.Builder(COOKIE)
        .value(signer.seal(PURPOSE, (error ? "F" : "M") + text))
        .path("/ui")
        .maxAge(120)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }

  /** The message a cookie carries, if it is one the gateway signed. */
  static Optional<Flash> read(String cookie, WebSigner signer) {
    return signer
        .open(PURPOSE, cookie)
        .filter(value -> !value.isEmpty())
        .map(value -> new Flash(value.charAt(0) == 'F', value.substring(1)));
  }

  /** Removes the message once it was shown. */
  static NewCookie cleared() {
    return new NewCookie.Builder(COOKIE).value("").path("/ui").maxAge(0).httpOnly(true).build();
  }
}
