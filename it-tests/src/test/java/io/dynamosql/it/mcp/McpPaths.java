package io.dynamosql.it.mcp;

import io.dynamosql.it.support.ProductHttp;
import java.net.URI;

/** Where the deployed MCP server answers. */
final class McpPaths {

  /**
   * The MCP endpoint as clients are configured on Payara Server: the server answers the bare module
   * root {@code POST /mcp} with a 301 to {@code /mcp/} (docs/mcp.md, "Known issues").
   */
  static final String ENDPOINT = "/mcp/";

  /** The REST query API of the MCP module. */
  static final String QUERY = "/mcp/v1/query";

  private McpPaths() {}

  static URI endpoint() {
    return ProductHttp.uri(ENDPOINT);
  }
}
