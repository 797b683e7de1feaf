package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynamosql.mcp.security.Caller;

/**
 * What a handler knows about the request beyond its params.
 *
 * @param version the revision the request speaks
 * @param caller who sent it
 * @param clientCapabilities the capabilities the client declared for this request (2026-07-28) or
 *     an empty object
 * @param params the request's params as sent: a retry of a multi round-trip request (2026-07-28)
 *     carries its {@code inputResponses} and {@code requestState} there
 * @param notifications where the handler sends notifications about this request
 */
public record RequestContext(
    ProtocolVersion version,
    Caller caller,
    JsonNode clientCapabilities,
    JsonNode params,
    Notifications notifications) {

  public Era era() {
    return version.era();
  }
}
