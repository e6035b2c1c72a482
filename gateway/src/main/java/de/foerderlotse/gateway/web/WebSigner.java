package de.foerderlotse.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs what the dashboard hands the browser (form tokens, flash messages) with a key derived from
 * the session-cookie secret, the same on every replica, so nobody else can forge them.
 */
@ApplicationScoped
public class WebSigner {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  public WebSigner(
      @ConfigProperty(name = "quarkus.oidc.webui.token-state-manager.encryption-secret")
          String secret) {
    this.key = new SecretKeySpec(sha256("foerderlotse-ui:" + secret), "HmacSHA256");
  }

  /** The signature of {@code purpose} and {@code value}, URL-safe. */
  public String sign(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return URL.encodeToString(
          mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code signature} is the signature of {@code purpose} and {@code value}. */
  public boolean verify(String purpose, String value, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code value} with its signature appended, for a cookie. */
  public String seal(String purpose, String value) {
    String encoded = URL.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + sign(purpose, encoded);
  }

  /** The value of a sealed text whose signature holds. */
  public Optional<String> open(String purpose, String sealed) {
    if (sealed == null || sealed.indexOf('.') < 0) {
      return Optional.empty();
    }
    String encoded = sealed.substring(0, sealed.indexOf('.'));
    if (!verify(purpose, encoded, sealed.substring(sealed.indexOf('.') + 1))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
