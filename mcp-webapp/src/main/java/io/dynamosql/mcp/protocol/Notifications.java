package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifications a handler sends about the request it is answering ({@code
 * notifications/progress}, {@code notifications/message}). They travel before the response on the
 * request's own SSE response stream, and only there: a client that accepts only JSON does not get
 * them.
 */
public final class Notifications {

  private final List<ObjectNode> sent = new ArrayList<>();

  public void send(String method, ObjectNode params) {
    ObjectNode notification = JsonNodeFactory.instance.objectNode();
    notification.put("jsonrpc", "2.0").put("method", method).set("params", params);
    sent.add(notification);
  }

  /** The notifications sent so far, in order. */
  public List<ObjectNode> sent() {
    return List.copyOf(sent);
  }
}
