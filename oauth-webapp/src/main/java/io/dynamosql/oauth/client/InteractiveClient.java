package io.dynamosql.oauth.client;

import java.util.List;

/**
 * A public client that sends people through the browser flow, whichever way it became known:
 * configuration, Dynamic Client Registration or a Client ID Metadata Document. Interactive clients
 * may ask for every scope; the person decides on the consent page.
 */
public record InteractiveClient(String clientId, String clientName, List<String> redirectUris) {

  public InteractiveClient {
    redirectUris = List.copyOf(redirectUris);
  }

  /** Whether the client registered this redirect URI (see {@link RedirectUris#matches}). */
  public boolean allowsRedirect(String redirectUri) {
    return redirectUris.stream().anyMatch(r -> RedirectUris.matches(r, redirectUri));
  }
}
