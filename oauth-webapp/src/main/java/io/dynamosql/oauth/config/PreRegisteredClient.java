package io.dynamosql.oauth.config;

import java.util.List;

/**
 * A public interactive client known from configuration, written {@code client_id|Client
 * name|redirect_uri[ redirect_uri...]}.
 */
public record PreRegisteredClient(String clientId, String clientName, List<String> redirectUris) {

  public PreRegisteredClient {
    redirectUris = List.copyOf(redirectUris);
  }

  /** Parses one configured entry; the message quotes the bad entry. */
  public static PreRegisteredClient parse(String entry) {
    String[] parts = entry.split("\\|", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
      throw new IllegalArgumentException(
          "Pre-registered client '" + entry + "' is not client_id|name|redirect_uri...");
    }
    return new PreRegisteredClient(
        parts[0].trim(), parts[1].trim(), List.of(parts[2].trim().split(" +")));
  }
}
