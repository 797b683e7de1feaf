package io.dynamosql.oauth;

import io.dynamosql.oauth.client.ClientAuthenticator;
import io.dynamosql.oauth.client.ClientRegistry;
import io.dynamosql.oauth.client.DynamicRegistration;
import io.dynamosql.oauth.config.OAuthSettings;
import io.dynamosql.oauth.consent.AuthorizationFlow;
import io.dynamosql.oauth.grant.GrantDispatcher;
import io.dynamosql.oauth.grant.RefreshTokens;
import io.dynamosql.oauth.grant.RequestedAccess;
import io.dynamosql.oauth.page.Pages;
import io.dynamosql.oauth.security.PasswordHasher;
import io.dynamosql.oauth.store.OAuthState;
import io.dynamosql.oauth.token.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Publishes the {@link AuthorizationServer}'s components to CDI. */
@ApplicationScoped
public class ComponentProducer {

  /** Creates the state tables and the first signing key at deployment rather than first use. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object event, SigningKeys keys) {
    keys.publicJwks();
  }

  @Produces
  @Singleton
  AuthorizationServer server(OAuthSettings settings) {
    OAuthState state = OAuthState.connect(settings.store()).createMissingTables();
    return new AuthorizationServer(settings, state, Clock.systemUTC(), new PasswordHasher());
  }

  void close(@Disposes AuthorizationServer server) {
    server.state().close();
  }

  @Produces
  OAuthState state(AuthorizationServer server) {
    return server.state();
  }

  @Produces
  Clock clock(AuthorizationServer server) {
    return server.clock();
  }

  @Produces
  SigningKeys signingKeys(AuthorizationServer server) {
    return server.signingKeys();
  }

  @Produces
  RequestedAccess requestedAccess(AuthorizationServer server) {
    return server.requestedAccess();
  }

  @Produces
  RefreshTokens refreshTokens(AuthorizationServer server) {
    return server.refreshTokens();
  }

  @Produces
  ClientAuthenticator clientAuthenticator(AuthorizationServer server) {
    return server.clientAuthenticator();
  }

  @Produces
  GrantDispatcher grants(AuthorizationServer server) {
    return server.grants();
  }

  @Produces
  ClientRegistry clients(AuthorizationServer server) {
    return server.clients();
  }

  @Produces
  PasswordHasher passwordHasher(AuthorizationServer server) {
    return server.passwordHasher();
  }

  @Produces
  DynamicRegistration registration(AuthorizationServer server) {
    return server.registration();
  }

  @Produces
  AuthorizationFlow authorizationFlow(AuthorizationServer server) {
    return server.authorizationFlow();
  }

  @Produces
  @Singleton
  Pages pages() {
    return new Pages();
  }
}
