package io.dynamosql.oauth;

import io.dynamosql.oauth.client.AddressPolicy;
import io.dynamosql.oauth.client.ClientAuthenticator;
import io.dynamosql.oauth.client.ClientIdMetadataDocuments;
import io.dynamosql.oauth.client.ClientRegistry;
import io.dynamosql.oauth.client.DynamicRegistration;
import io.dynamosql.oauth.client.RegistrationRateLimit;
import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.consent.AuthorizationFlow;
import io.dynamosql.oauth.grant.AuthorizationCodeGrant;
import io.dynamosql.oauth.grant.ClientCredentialsGrant;
import io.dynamosql.oauth.grant.GrantDispatcher;
import io.dynamosql.oauth.grant.RefreshTokenGrant;
import io.dynamosql.oauth.grant.RefreshTokens;
import io.dynamosql.oauth.grant.RequestedAccess;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.store.OAuthState;
import io.dynamosql.oauth.token.AccessTokenIssuer;
import io.dynamosql.oauth.token.SigningKeys;
import java.time.Clock;
import java.util.List;

/**
 * The authorization server's components, built once from its settings, state and clock. CDI
 * publishes them through {@link ComponentProducer}; tests build the same graph directly.
 */
public final class AuthorizationServer {

  private final OAuthSettings settings;
  private final OAuthState state;
  private final Clock clock;
  private final SigningKeys signingKeys;
  private final AccessTokenIssuer accessTokenIssuer;
  private final RequestedAccess requestedAccess;
  private final RefreshTokens refreshTokens;
  private final ClientAuthenticator clientAuthenticator;
  private final GrantDispatcher grants;
  private final ClientRegistry clients;
  private final PasswordHasher passwordHasher;
  private final DynamicRegistration registration;
  private final AuthorizationFlow authorizationFlow;

  public AuthorizationServer(
      OAuthSettings settings, OAuthState state, Clock clock, PasswordHasher passwordHasher) {
    this.settings = settings;
    this.state = state;
    this.clock = clock;
    this.passwordHasher = passwordHasher;
    this.signingKeys =
        settings
            .signingKeysFile()
            .map(file -> SigningKeys.fromFile(file, clock))
            .orElseGet(() -> SigningKeys.fromTable(state.signingKeys(), clock));
    this.accessTokenIssuer =
        new AccessTokenIssuer(
            settings.issuer(), signingKeys, settings.accessTokenLifetime(), clock);
    this.requestedAccess = new RequestedAccess(settings.resources());
    this.refreshTokens = new RefreshTokens(state.refreshFamilies(), clock);
    ClientIdMetadataDocuments documents =
        new ClientIdMetadataDocuments(
            new AddressPolicy(settings.cimdAllowedPrivateHosts()),
            settings.cimdFetchTimeout(),
            settings.cimdTrustedCertificates(),
            clock);
    this.clients =
        new ClientRegistry(settings.preRegisteredClients(), documents, state.registeredClients());
    this.clientAuthenticator = new ClientAuthenticator(state.apiClients(), clients);
    this.grants =
        new GrantDispatcher(
            clientAuthenticator,
            List.of(
                new AuthorizationCodeGrant(
                    state.authorizationCodes(),
                    refreshTokens,
                    accessTokenIssuer,
                    settings.refreshSessionLifetime(),
                    clock),
                new RefreshTokenGrant(refreshTokens, accessTokenIssuer, requestedAccess),
                new ClientCredentialsGrant(accessTokenIssuer, requestedAccess)));
    this.registration =
        new DynamicRegistration(
            state.registeredClients(),
            new RegistrationRateLimit(settings.registrationsPerMinute(), clock),
            settings.registrationCap(),
            clock);
    this.authorizationFlow =
        new AuthorizationFlow(
            settings.issuer(),
            clients,
            requestedAccess,
            state.pendingAuthorizations(),
            state.authorizationCodes(),
            state.users(),
            passwordHasher,
            settings.pendingAuthorizationLifetime(),
            settings.codeLifetime(),
            clock);
  }

  public OAuthSettings settings() {
    return settings;
  }

  public OAuthState state() {
    return state;
  }

  public Clock clock() {
    return clock;
  }

  public SigningKeys signingKeys() {
    return signingKeys;
  }

  public AccessTokenIssuer accessTokenIssuer() {
    return accessTokenIssuer;
  }

  public RequestedAccess requestedAccess() {
    return requestedAccess;
  }

  public RefreshTokens refreshTokens() {
    return refreshTokens;
  }

  public ClientAuthenticator clientAuthenticator() {
    return clientAuthenticator;
  }

  public GrantDispatcher grants() {
    return grants;
  }

  public ClientRegistry clients() {
    return clients;
  }

  public PasswordHasher passwordHasher() {
    return passwordHasher;
  }

  public DynamicRegistration registration() {
    return registration;
  }

  public AuthorizationFlow authorizationFlow() {
    return authorizationFlow;
  }
}
