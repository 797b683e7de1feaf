package io.dynamosql.mcp.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server's self-description ({@code Implementation}) and its instructions for the model.
 *
 * @param name the implementation name
 * @param version the implementation version
 */
public record ServerInfo(String name, String version) {

  public static final ServerInfo DYNAMOSQL =
      new ServerInfo("dynamosql-mcp", versionOf(ServerInfo.class));

  /** Guidance the client may show the model. */
  public static final String INSTRUCTIONS =
      "Read-only SQL over Amazon DynamoDB. Call list_tables, then describe_table to learn columns"
          + " and keys, then run_sql with one SELECT or WITH query. Queries that constrain a"
          + " partition key read far fewer items than full scans.";

  public ObjectNode toJson() {
    return JsonNodeFactory.instance
        .objectNode()
        .put("name", name)
        .put("title", "DynamoSQL")
        .put("version", version);
  }

  private static String versionOf(Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
