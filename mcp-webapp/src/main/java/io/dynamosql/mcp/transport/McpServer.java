package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.config.McpConfig;
import io.dynamosql.mcp.dispatch.Dispatcher;
import io.dynamosql.mcp.prompt.Completer;
import io.dynamosql.mcp.prompt.ExploreDataPrompt;
import io.dynamosql.mcp.prompt.NameCompletions;
import io.dynamosql.mcp.prompt.PromptMethods;
import io.dynamosql.mcp.prompt.WriteQueryPrompt;
import io.dynamosql.mcp.protocol.LifecycleMethods;
import io.dynamosql.mcp.protocol.ModernEnvelope;
import io.dynamosql.mcp.protocol.ServerInfo;
import io.dynamosql.mcp.resource.DocumentationResources;
import io.dynamosql.mcp.resource.ResourceMethods;
import io.dynamosql.mcp.resource.TableSchemaTemplate;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.security.BearerChallenge;
import io.dynamosql.mcp.security.ScopePolicy;
import io.dynamosql.mcp.sql.QueryRunner;
import io.dynamosql.mcp.sql.SchemaReader;
import io.dynamosql.mcp.tool.DescribeTableTool;
import io.dynamosql.mcp.tool.ListTablesTool;
import io.dynamosql.mcp.tool.ResultCursors;
import io.dynamosql.mcp.tool.RunSqlTool;
import io.dynamosql.mcp.tool.ToolMethods;
import io.dynamosql.mcp.tool.ToolRegistry;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Assembles the MCP server from a DataSource and the configuration. */
public final class McpServer {

  /** How long clients may cache list and read results (2026-07-28 caching hints). */
  private static final long CACHE_TTL_MILLIS = 60_000;

  private McpServer() {}

  /** DynamoSQL's tools, documentation, schema template, prompts and name completion. */
  public static McpServerParts dynamoSqlParts(DataSource dataSource, McpConfig config) {
    SchemaReader reader = new SchemaReader(dataSource);
    QueryRunner runner = new QueryRunner(dataSource, config.queryTimeout());
    NameCompletions names = new NameCompletions(reader);
    Completer tableNames =
        (argument, value, context) ->
            switch (argument) {
              case "schema_name" -> names.schemas(value);
              case "table_name" -> names.tables(context.get("schema_name"), value);
              default -> List.of();
            };
    return new McpServerParts(
        List.of(
            new ListTablesTool(reader, config.maxTables()),
            new DescribeTableTool(reader),
            new RunSqlTool(
                runner,
                new ResultCursors(config.cursorKey()),
                config.defaultMaxRows(),
                config.maxRows())),
        DocumentationResources.load(),
        List.of(new TableSchemaTemplate(reader)),
        List.of(new ExploreDataPrompt(), new WriteQueryPrompt()),
        Map.of(
            Completer.forPrompt("explore_data"), tableNames,
            Completer.forPrompt("write_query"), tableNames,
            Completer.forResource(TableSchemaTemplate.TEMPLATE), tableNames));
  }

  /** The endpoint serving these parts. */
  public static McpEndpoint endpoint(McpServerParts parts, McpConfig config, AuditLog audit) {
    ToolRegistry tools = new ToolRegistry(parts.tools());
    Dispatcher dispatcher = new Dispatcher();
    LifecycleMethods.register(dispatcher, ServerInfo.DYNAMOSQL);
    new ToolMethods(tools, audit).register(dispatcher);
    new ResourceMethods(parts.resources(), parts.templates()).register(dispatcher);
    new PromptMethods(parts.prompts(), parts.completers()).register(dispatcher);
    return new McpEndpoint(
        new OriginPolicy(config.publicBaseUrl(), config.allowedOrigins()),
        dispatcher,
        new ModernEnvelope(ServerInfo.DYNAMOSQL, CACHE_TTL_MILLIS, config.authEnabled()),
        new ScopePolicy(tools),
        new BearerChallenge(config.resourceMetadataUrl()));
  }
}
