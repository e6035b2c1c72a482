package de.foerderlotse.project.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.platform.security.Scope;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Platform's If-Match rule and role precedence, as every service applies them (plain JUnit). */
class PlatformConventionsTest {

  @Test
  void ifMatchWantsAVersionAndNamesWhatIsWrong() {
    assertThat(IfMatch.required("W/\"3\"", null)).isEqualTo(3);
    assertThat(IfMatch.required(null, 4L)).isEqualTo(4);
    assertThat(IfMatch.required("\"5\"", 4L)).isEqualTo(5);
    assertThat(IfMatch.optional(" ", null)).isNull();
    assertThatThrownBy(() -> IfMatch.required(null, null))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemKind.PRECONDITION_REQUIRED));
    assertThatThrownBy(() -> IfMatch.optional("\"drei\"", null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
    assertThat(ProblemKind.PRECONDITION_REQUIRED.status()).isEqualTo(428);
    assertThat(DomainException.staleVersion("Der Antrag", 2, 1).kind().status()).isEqualTo(412);
  }

  @Test
  void municipalityRoleNarrowsReadRolesAndOnlyTheCoordinatorOutranksIt() {
    assertThat(scope(Map.of("ags", "05358008"), "municipality", "viewer"))
        .isEqualTo(Scope.municipality("05358008"));
    assertThat(scope(Map.of("ags", "05358008"), "municipality", "coordinator"))
        .isEqualTo(Scope.county(true));
    assertThat(scope(Map.of(), "viewer")).isEqualTo(Scope.county(false));
    assertThat(scope(Map.of(), "scout")).isEqualTo(Scope.county(false));
  }

  @Test
  void refusesMunicipalityTokenWithoutValidAgsAndTokenWithoutRole() {
    assertThatThrownBy(() -> scope(Map.of(), "municipality"))
        .hasMessageContaining("keine gültige Kommune");
    assertThatThrownBy(() -> scope(Map.of("ags", "123"), "municipality"))
        .hasMessageContaining("keine gültige Kommune");
    assertThatThrownBy(() -> scope(Map.of()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
  }

  private static Scope scope(Map<String, Object> claims, String... roles) {
    QuarkusSecurityIdentity identity =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("tester"))
            .addRoles(Set.of(roles))
            .build();
    return new Caller(identity, token(claims)).scope();
  }

  private static JsonWebToken token(Map<String, Object> claims) {
    return new JsonWebToken() {
      @Override
      public String getName() {
        return "tester";
      }

      @Override
      public Set<String> getClaimNames() {
        return claims.keySet();
      }

      @SuppressWarnings("unchecked")
      @Override
      public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
      }
    };
  }
}
