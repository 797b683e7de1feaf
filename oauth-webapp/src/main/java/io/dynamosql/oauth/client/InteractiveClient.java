package io.dynamosql.oauth.client;

import io.dynamosql.oauth.Scope;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A public client that sends people through the browser flow, whichever way it became known:
 * configuration, Dynamic Client Registration or a Client ID Metadata Document.
 *
 * @param allowedScopes the scopes it may ask for: those it registered, or every scope when it named
 *     none; the person still decides on the consent page
 * @param metadataDocument whether it is identified by the URL of its metadata document
 */
public record InteractiveClient(
    String clientId,
    String clientName,
    List<String> redirectUris,
    Set<Scope> allowedScopes,
    boolean metadataDocument) {

  public InteractiveClient {
    redirectUris = List.copyOf(redirectUris);
    allowedScopes =
        allowedScopes.isEmpty() ? EnumSet.allOf(Scope.class) : Set.copyOf(allowedScopes);
  }

  /** Whether the client registered this redirect URI (see {@link RedirectUris#matches}). */
  public boolean allowsRedirect(String redirectUri) {
    return redirectUris.stream().anyMatch(r -> RedirectUris.matches(r, redirectUri));
  }
}
