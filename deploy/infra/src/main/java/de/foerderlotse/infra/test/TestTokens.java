package de.foerderlotse.infra.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real RS256-signed bearer tokens shaped like Keycloak's (roles in {@code realm_access.roles}, the
 * municipality key in {@code ags}), verified by the service under test with the matching public
 * key. The key pair lives as long as the test JVM.
 */
public final class TestTokens {

  public static final String ISSUER = "https://keycloak.test/realms/foerderlotse";
  private static final KeyPair KEYS = newKeyPair();
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestTokens() {}

  /** A token of a county-wide user with the given roles. */
  public static String of(String username, String... roles) {
    return sign(claims(username, List.of(roles), null));
  }

  /** A token of a municipality user acting for {@code ags}. */
  public static String municipality(String username, String ags) {
    return sign(claims(username, List.of("municipality"), ags));
  }

  /** A municipality user's token that carries further roles besides {@code municipality}. */
  public static String municipalityWith(String username, String ags, String... moreRoles) {
    List<String> roles = new java.util.ArrayList<>(List.of("municipality"));
    roles.addAll(List.of(moreRoles));
    return sign(claims(username, roles, ags));
  }

  /** A token that expired an hour ago. */
  public static String expired(String username, String... roles) {
    Map<String, Object> claims = claims(username, List.of(roles), null);
    claims.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
    claims.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
    return sign(claims);
  }

  static String publicKey() {
    return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
  }

  private static Map<String, Object> claims(String username, List<String> roles, String ags) {
    Map<String, Object> claims = new LinkedHashMap<>();
    long now = Instant.now().getEpochSecond();
    claims.put("iss", ISSUER);
    claims.put("sub", "test-" + username);
    claims.put("preferred_username", username);
    claims.put("iat", now);
    claims.put("exp", now + 3600);
    claims.put("realm_access", Map.of("roles", roles));
    if (ags != null) {
      claims.put("ags", ags);
    }
    return claims;
  }

  private static String sign(Map<String, Object> claims) {
    try {
      String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
      String payload = encode(JSON.writeValueAsBytes(claims));
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(KEYS.getPrivate());
      signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + encode(signature.sign());
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("cannot sign test token", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
