package io.dynamosql.mcp.dispatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.Era;
import io.dynamosql.mcp.protocol.RequestContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The method table, and the translation of handler failures into JSON-RPC errors. */
public final class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  private record Route(MethodHandler handler, Set<Era> eras) {}

  private final Map<String, Route> routes = new HashMap<>();

  /** Serves a method in every era. */
  public Dispatcher on(String method, MethodHandler handler) {
    return on(method, EnumSet.allOf(Era.class), handler);
  }

  /** Serves a method only in the given eras; the others answer "method not found". */
  public Dispatcher on(String method, Set<Era> eras, MethodHandler handler) {
    routes.put(method, new Route(handler, Set.copyOf(eras)));
    return this;
  }

  /**
   * Runs the method's handler.
   *
   * @throws JsonRpcException the handler's own refusal, "method not found", or a generic internal
   *     error for anything else (its cause is logged with the id the message quotes)
   */
  public ObjectNode dispatch(String method, ObjectNode params, RequestContext context)
      throws JsonRpcException {
    Route route = routes.get(method);
    if (route == null || !route.eras().contains(context.era())) {
      throw JsonRpcException.of(ErrorCode.METHOD_NOT_FOUND, "Method not found: " + method);
    }
    try {
      return route.handler().handle(params, context);
    } catch (JsonRpcException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Internal error " + incident + " in " + method, e);
      throw JsonRpcException.of(
          ErrorCode.INTERNAL_ERROR, "Internal error (incident " + incident + ")");
    }
  }
}
