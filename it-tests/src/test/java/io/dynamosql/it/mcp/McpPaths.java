package io.dynamosql.it.mcp;

import io.dynamosql.it.support.ProductHttp;
import java.net.URI;

/** Where the deployed MCP server answers. */
final class McpPaths {

  /** The MCP endpoint as documented and configured in clients, without a trailing slash. */
  static final String ENDPOINT = "/mcp";

  /** The REST query API of the MCP module. */
  static final String QUERY = "/mcp/v1/query";

  private McpPaths() {}

  static URI endpoint() {
    return ProductHttp.uri(ENDPOINT);
  }
}
