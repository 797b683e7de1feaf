package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.security.Scope;
import java.util.Optional;

/** One MCP tool: its definition as {@code tools/list} shows it, and its execution. */
public interface Tool {

  /** The tool's name. */
  String name();

  /** The scope a token needs to see and call the tool; empty for the conformance fixtures. */
  Optional<Scope> scope();

  /** The {@code Tool} object of {@code tools/list}. */
  ObjectNode definition();

  /**
   * Runs the tool. Problems the model can fix (bad arguments, SQL errors, unknown tables) are
   * results with {@code isError}; only server failures (and protocol errors) throw.
   */
  ToolOutcome call(ObjectNode arguments, RequestContext context) throws Exception;
}
