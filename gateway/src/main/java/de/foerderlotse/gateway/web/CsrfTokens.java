package de.foerderlotse.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tokens for the dashboard's POST forms: the signature of the signed-in user's subject, so a form
 * posted from another site (which cannot read the page) lacks it. Not only SameSite=Lax.
 */
@ApplicationScoped
public class CsrfTokens {

  /** Name of the hidden form field. */
  public static final String FIELD = "csrf";

  private static final String PURPOSE = "csrf";

  private final WebSigner signer;

  public CsrfTokens(WebSigner signer) {
    this.signer = signer;
  }

  public String tokenFor(String subject) {
    return signer.sign(PURPOSE, subject);
  }

  public boolean valid(String subject, String token) {
    return signer.verify(PURPOSE, subject, token);
  }
}
