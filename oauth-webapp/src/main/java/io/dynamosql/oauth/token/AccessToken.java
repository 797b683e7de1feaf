package io.dynamosql.oauth.token;

import io.dynamosql.oauth.Scope;
import java.util.List;
import java.util.Set;

/**
 * What an access token says: who, through which client, for which resource and scopes.
 *
 * @param subject the username, or the client id for client_credentials
 * @param groups the MicroProfile JWT {@code groups} claim
 */
public record AccessToken(
    String subject, String clientId, String audience, Set<Scope> scopes, List<String> groups) {

  public AccessToken {
    scopes = Set.copyOf(scopes);
    groups = List.copyOf(groups);
  }
}
