package de.foerderlotse.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keycloak realm {@code foerderlotse} for local use and tests: the four roles, a demo user per
 * role and per municipality of the county list (each with the token claim {@code ags}), a client
 * for the web dashboard, a public API client with password grant, and a service account.
 */
public final class Realm {

  public static final String NAME = "foerderlotse";
  public static final String DEMO_PASSWORD = "demo";
  public static final String API_CLIENT = "foerderlotse-api";
  public static final String DASHBOARD_CLIENT = "foerderlotse-dashboard";
  public static final String DASHBOARD_SECRET = "dashboard-local-secret";
  public static final String SERVICE_CLIENT = "foerderlotse-service";
  public static final String SERVICE_SECRET = "service-local-secret";
  public static final List<String> ROLES =
      List.of("scout", "coordinator", "municipality", "viewer");

  private Realm() {}

  /** The realm as Keycloak's import JSON. */
  public static String json(List<Municipality> municipalities, List<String> dashboardUrls) {
    Map<String, Object> realm = new LinkedHashMap<>();
    realm.put("realm", NAME);
    realm.put("enabled", true);
    realm.put("displayName", "Förderlotse");
    realm.put("sslRequired", "none");
    realm.put("accessTokenLifespan", 900);
    realm.put("internationalizationEnabled", true);
    realm.put("supportedLocales", List.of("de", "en"));
    realm.put("defaultLocale", "de");
    realm.put(
        "roles",
        Map.of(
            "realm",
            ROLES.stream()
                .map(r -> Map.of("name", r, "description", roleDescription(r)))
                .toList()));
    realm.put("clients", clients(dashboardUrls));
    realm.put("users", users(municipalities));
    realm.put(
        "components",
        Map.of(
            "org.keycloak.userprofile.UserProfileProvider",
            List.of(
                Map.of(
                    "providerId",
                    "declarative-user-profile",
                    "subComponents",
                    Map.of(),
                    "config",
                    Map.of("kc.user.profile.config", List.of(toJson(userProfile())))))));
    return toJson(realm);
  }

  private static String roleDescription(String role) {
    return switch (role) {
      case "scout" -> "Fördermittelscout: pflegt Förderprogramme";
      case "coordinator" -> "Kreiskoordination: sieht und steuert alles im Kreis";
      case "municipality" -> "Kommune: handelt nur für die eigene AGS (Claim ags)";
      default -> "Lesezugriff auf Dashboards";
    };
  }

  private static List<Object> clients(List<String> dashboardUrls) {
    List<Object> clients = new ArrayList<>();
    Map<String, Object> dashboard = client(DASHBOARD_CLIENT, "Förderlotse Dashboard");
    dashboard.put("publicClient", false);
    dashboard.put("secret", DASHBOARD_SECRET);
    dashboard.put("standardFlowEnabled", true);
    dashboard.put("redirectUris", dashboardUrls.stream().map(u -> u + "/*").toList());
    dashboard.put("webOrigins", dashboardUrls);
    dashboard.put(
        "attributes",
        Map.of(
            "post.logout.redirect.uris",
            String.join("##", dashboardUrls.stream().map(u -> u + "/*").toList())));
    clients.add(dashboard);

    Map<String, Object> api = client(API_CLIENT, "Förderlotse API (lokal: Passwort-Grant)");
    api.put("publicClient", true);
    api.put("standardFlowEnabled", false);
    api.put("directAccessGrantsEnabled", true);
    clients.add(api);

    Map<String, Object> service = client(SERVICE_CLIENT, "Förderlotse Dienstkonto");
    service.put("publicClient", false);
    service.put("secret", SERVICE_SECRET);
    service.put("standardFlowEnabled", false);
    service.put("serviceAccountsEnabled", true);
    clients.add(service);
    return clients;
  }

  private static Map<String, Object> client(String id, String name) {
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("clientId", id);
    client.put("name", name);
    client.put("enabled", true);
    client.put("protocol", "openid-connect");
    client.put("directAccessGrantsEnabled", false);
    client.put(
        "protocolMappers",
        List.of(
            Map.of(
                "name", "ags",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config",
                    Map.of(
                        "user.attribute", "ags",
                        "claim.name", "ags",
                        "jsonType.label", "String",
                        "access.token.claim", "true",
                        "id.token.claim", "true",
                        "userinfo.token.claim", "true"))));
    return client;
  }

  private static List<Object> users(List<Municipality> municipalities) {
    List<Object> users = new ArrayList<>();
    users.add(user("scout", "Sina", "Scout", List.of("scout"), null));
    users.add(user("coordinator", "Kai", "Koordination", List.of("coordinator"), null));
    users.add(user("viewer", "Vera", "Lesend", List.of("viewer"), null));
    for (Municipality m : municipalities) {
      users.add(user(m.loginName(), "Sachbearbeitung", m.name(), List.of("municipality"), m.ags()));
    }
    Map<String, Object> serviceAccount = new LinkedHashMap<>();
    serviceAccount.put("username", "service-account-" + SERVICE_CLIENT);
    serviceAccount.put("enabled", true);
    serviceAccount.put("serviceAccountClientId", SERVICE_CLIENT);
    serviceAccount.put("realmRoles", List.of("coordinator"));
    users.add(serviceAccount);
    return users;
  }

  private static Map<String, Object> user(
      String username, String firstName, String lastName, List<String> roles, String ags) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", username);
    user.put("enabled", true);
    user.put("emailVerified", true);
    user.put("email", username + "@demo.foerderlotse.invalid");
    user.put("firstName", firstName);
    user.put("lastName", lastName);
    user.put(
        "credentials",
        List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false)));
    user.put("realmRoles", roles);
    if (ags != null) {
      user.put("attributes", Map.of("ags", List.of(ags)));
    }
    return user;
  }

  /** Declares the attribute {@code ags}; Keycloak keeps only declared attributes. */
  private static Map<String, Object> userProfile() {
    List<Object> attributes = new ArrayList<>();
    attributes.add(
        profileAttribute("username", "${username}", List.of("admin", "user"), List.of("admin")));
    attributes.add(
        profileAttribute("email", "${email}", List.of("admin", "user"), List.of("admin", "user")));
    attributes.add(
        profileAttribute(
            "firstName", "${firstName}", List.of("admin", "user"), List.of("admin", "user")));
    attributes.add(
        profileAttribute(
            "lastName", "${lastName}", List.of("admin", "user"), List.of("admin", "user")));
    Map<String, Object> ags =
        profileAttribute(
            "ags", "Amtlicher Gemeindeschlüssel", List.of("admin", "user"), List.of("admin"));
    ags.put(
        "validations",
        Map.of(
            "pattern", Map.of("pattern", "^[0-9]{8}$", "error-message", "Die AGS hat 8 Ziffern.")));
    attributes.add(ags);
    return Map.of(
        "attributes",
        attributes,
        "groups",
        List.of(Map.of("name", "user-metadata", "displayHeader", "User metadata")));
  }

  private static Map<String, Object> profileAttribute(
      String name, String displayName, List<String> view, List<String> edit) {
    Map<String, Object> attribute = new LinkedHashMap<>();
    attribute.put("name", name);
    attribute.put("displayName", displayName);
    attribute.put("permissions", Map.of("view", view, "edit", edit));
    attribute.put("multivalued", false);
    return attribute;
  }

  private static String toJson(Object value) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
