package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A confidential client for automation (client_credentials grant); the secret is kept only as a
 * digest and is shown once, at creation.
 */
public record ApiClient(
    String clientId,
    String clientName,
    String secretDigest,
    Set<Scope> scopes,
    Instant createdAt,
    boolean revoked) {

  public ApiClient {
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
  }
}
