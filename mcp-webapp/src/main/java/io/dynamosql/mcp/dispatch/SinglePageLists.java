package io.dynamosql.mcp.dispatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;

/**
 * Pagination of this server's lists: every list fits one page, so a request carrying a cursor
 * carries one the server never issued.
 */
public final class SinglePageLists {

  private SinglePageLists() {}

  /**
   * @throws JsonRpcException -32602 when the params carry a cursor
   */
  public static void rejectCursor(ObjectNode params) throws JsonRpcException {
    if (params.hasNonNull("cursor")) {
      throw JsonRpcException.invalidParams("Invalid cursor: this list has a single page");
    }
  }
}
