package io.dynamosql.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.config.PreRegisteredClient;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.security.SecretDigest;
import io.dynamosql.oauth.store.ApiClient;
import io.dynamosql.oauth.store.User;
import java.net.URI;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Builds authorization servers on fresh tables of a {@link LocalState}, with a test clock. */
public final class TestServers {

  /** The issuer every test server has. */
  public static final URI ISSUER = URI.create("https://as.example.test");

  public static final String MCP = ISSUER + "/mcp";

  /** Passwords are hashed with few iterations to keep the tests fast. */
  public static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000);

  private TestServers() {}

  public static AuthorizationServer create(LocalState local, TestClock clock) {
    return create(local, clock, UnaryOperator.identity());
  }

  /** A server whose default settings are first changed by {@code customise}. */
  public static AuthorizationServer create(
      LocalState local, TestClock clock, UnaryOperator<OAuthSettings> customise) {
    OAuthSettings defaults = OAuthSettings.defaults(ISSUER);
    OAuthSettings settings =
        customise.apply(
            new OAuthSettings(
                defaults.issuer(),
                defaults.resources(),
                defaults.accessTokenLifetime(),
                defaults.codeLifetime(),
                defaults.refreshSessionLifetime(),
                defaults.pendingAuthorizationLifetime(),
                defaults.signingKeysFile(),
                defaults.cimdAllowedPrivateHosts(),
                defaults.cimdFetchTimeout(),
                defaults.cimdTrustedCertificates(),
                defaults.registrationsPerMinute(),
                defaults.registrationCap(),
                defaults.preRegisteredClients(),
                local.newSettings()));
    return new AuthorizationServer(
        settings,
        io.dynamosql.oauth.store.OAuthState.connect(settings.store()).createMissingTables(),
        clock,
        FAST_HASHER);
  }

  /** A server that knows these pre-registered public clients. */
  public static AuthorizationServer withClients(
      LocalState local, TestClock clock, PreRegisteredClient... clients) {
    return create(local, clock, s -> with(s, List.of(clients), Set.of(), 10, 100));
  }

  /** The settings with other clients, CIMD development hosts and registration limits. */
  public static OAuthSettings with(
      OAuthSettings s,
      List<PreRegisteredClient> clients,
      Set<String> cimdHosts,
      int registrationsPerMinute,
      int registrationCap) {
    return new OAuthSettings(
        s.issuer(),
        s.resources(),
        s.accessTokenLifetime(),
        s.codeLifetime(),
        s.refreshSessionLifetime(),
        s.pendingAuthorizationLifetime(),
        s.signingKeysFile(),
        cimdHosts,
        s.cimdFetchTimeout(),
        s.cimdTrustedCertificates(),
        registrationsPerMinute,
        registrationCap,
        clients,
        s.store());
  }

  /** Request parameters from name, value pairs. */
  public static RequestParameters parameters(String... pairs) {
    Map<String, List<String>> parameters = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.put(pairs[i], List.of(pairs[i + 1]));
    }
    return new RequestParameters(parameters);
  }

  /** Adds an API client with the given secret and scopes. */
  public static void addApiClient(
      AuthorizationServer server, String id, String secret, Set<Scope> scopes) {
    server
        .state()
        .apiClients()
        .create(
            new ApiClient(
                id,
                id + " name",
                SecretDigest.of(secret),
                scopes,
                server.clock().instant(),
                false));
  }

  /** Adds a user with the given password in group {@code user}. */
  public static void addUser(AuthorizationServer server, String username, String password) {
    server
        .state()
        .users()
        .create(
            new User(
                username,
                FAST_HASHER.hash(password.toCharArray()),
                List.of("user"),
                server.clock().instant()));
  }

  /** Verifies a token's signature with the server's published keys and returns its claims. */
  public static JWTClaimsSet verify(AuthorizationServer server, String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWK key = server.signingKeys().publicJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
      if (key == null || !jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
        throw new AssertionError("token signature does not verify with the published keys");
      }
      return jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException e) {
      throw new AssertionError("token is not a verifiable JWT", e);
    }
  }
}
