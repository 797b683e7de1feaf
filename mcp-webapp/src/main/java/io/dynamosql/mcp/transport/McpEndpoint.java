package io.dynamosql.mcp.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.body.RequestBody;
import io.dynamosql.mcp.dispatch.Dispatcher;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.jsonrpc.JsonRpcReplies;
import io.dynamosql.mcp.jsonrpc.JsonRpcRequest;
import io.dynamosql.mcp.protocol.LegacyEnvelope;
import io.dynamosql.mcp.protocol.ModernEnvelope;
import io.dynamosql.mcp.protocol.ProtocolEnvelope;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.BearerChallenge;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.security.ScopePolicy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One POST to {@code /mcp}, from bytes to bytes: the transport checks in the order the
 * specification gives them, the era's envelope, the scope check, then the dispatcher. Independent
 * of Jakarta REST so that the whole protocol can be tested without a server.
 */
public final class McpEndpoint {

  private final OriginPolicy origins;
  private final Dispatcher dispatcher;
  private final ProtocolEnvelope legacy;
  private final ProtocolEnvelope modern;
  private final ScopePolicy scopes;
  private final BearerChallenge challenge;

  public McpEndpoint(
      OriginPolicy origins,
      Dispatcher dispatcher,
      ModernEnvelope modern,
      ScopePolicy scopes,
      BearerChallenge challenge) {
    this.origins = origins;
    this.dispatcher = dispatcher;
    this.legacy = new LegacyEnvelope();
    this.modern = modern;
    this.scopes = scopes;
    this.challenge = challenge;
  }

  /**
   * The refusal of a POST whose {@code Content-Type} headers do not make one well-formed media type
   * (two headers, a list in one, a malformed value), or empty when they do or there is none (which
   * {@link #post} answers with 415). The servers' REST layers answer such requests differently
   * (Jersey 400, RESTEasy 415), so {@link ContentTypeFilter} asks this before them.
   */
  public static Optional<HttpReply> contentTypeRefusal(List<String> contentTypes) {
    if (contentTypes.size() > 1
        || (contentTypes.size() == 1 && !MediaTypes.isMediaType(contentTypes.get(0)))) {
      return Optional.of(
          error(
              null,
              JsonRpcException.withStatus(
                  ErrorCode.INVALID_REQUEST,
                  "Content-Type must be one media type, application/json",
                  400)));
    }
    return Optional.empty();
  }

  public HttpReply post(HttpCall call) {
    if (!origins.allows(call.headers().get("Origin"))) {
      return error(
          null, JsonRpcException.withStatus(ErrorCode.INVALID_REQUEST, "Origin not allowed", 403));
    }
    if (!MediaTypes.isJson(call.headers().get("Content-Type"))) {
      return error(
          null,
          JsonRpcException.withStatus(
              ErrorCode.INVALID_REQUEST, "Content-Type must be application/json", 415));
    }
    if (!MediaTypes.acceptsJson(call.headers().get("Accept"))) {
      return error(
          null,
          JsonRpcException.withStatus(
              ErrorCode.INVALID_REQUEST, "Accept must allow application/json", 406));
    }
    if (!(call.body() instanceof RequestBody.Complete complete)) {
      return error(
          null,
          JsonRpcException.withStatus(
              ErrorCode.INVALID_REQUEST,
              "The body exceeds " + ((RequestBody.TooLarge) call.body()).limit() + " bytes",
              413));
    }
    JsonNode body;
    try {
      body = StrictJson.MAPPER.readTree(complete.bytes());
    } catch (JsonProcessingException e) {
      return error(
          null,
          JsonRpcException.withStatus(
              ErrorCode.PARSE_ERROR, "Parse error: the body is not valid JSON", 400));
    } catch (IOException e) {
      return error(
          null,
          JsonRpcException.withStatus(ErrorCode.PARSE_ERROR, "Parse error: unreadable body", 400));
    }
    if (body == null || body.isMissingNode()) {
      return error(
          null, JsonRpcException.withStatus(ErrorCode.PARSE_ERROR, "Parse error: empty body", 400));
    }
    JsonNode id = JsonRpcRequest.readableId(body);
    JsonRpcRequest request;
    try {
      request = JsonRpcRequest.from(body);
    } catch (JsonRpcException e) {
      return error(id, e);
    }
    if (request.isNotification()) {
      // Notifications need no answer; cancellation has nothing to stop because every request
      // runs within its own HTTP exchange.
      return new HttpReply(202, Map.of(), null);
    }
    ProtocolEnvelope envelope =
        ModernEnvelope.speaks(request, call.headers()::get) ? modern : legacy;
    try {
      RequestContext context = envelope.open(request, call.headers(), call.caller());
      Optional<Scope> needed = scopes.requiredScope(request);
      if (needed.isPresent() && !call.caller().has(needed.get())) {
        return new HttpReply(
            403,
            Map.of("WWW-Authenticate", challenge.insufficientScope(needed.get())),
            JsonRpcReplies.error(
                    id,
                    JsonRpcException.withStatus(
                        ErrorCode.INVALID_REQUEST,
                        "Insufficient scope: this request needs " + needed.get().value(),
                        403))
                .toString());
      }
      ObjectNode result = dispatcher.dispatch(request.method(), request.params(), context);
      ObjectNode reply = JsonRpcReplies.result(id, envelope.complete(request.method(), result));
      List<ObjectNode> notifications = context.notifications().sent();
      if (notifications.isEmpty() || !MediaTypes.acceptsEventStream(call.headers().get("Accept"))) {
        return HttpReply.json(200, reply.toString());
      }
      return HttpReply.eventStream(notifications, reply);
    } catch (JsonRpcException e) {
      return error(id, envelope.adapt(e));
    }
  }

  private static HttpReply error(JsonNode id, JsonRpcException e) {
    return HttpReply.json(e.httpStatus(), JsonRpcReplies.error(id, e).toString());
  }
}
