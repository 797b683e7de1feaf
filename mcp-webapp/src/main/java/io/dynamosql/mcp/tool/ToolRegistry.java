package io.dynamosql.mcp.tool;

import io.dynamosql.mcp.security.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tools a deployment offers, in the stable order {@code tools/list} shows them. */
public final class ToolRegistry {

  private final Map<String, Tool> tools = new LinkedHashMap<>();

  public ToolRegistry(List<Tool> tools) {
    tools.forEach(t -> this.tools.put(t.name(), t));
  }

  /** The tools the caller's scopes allow. */
  public List<Tool> visibleTo(Caller caller) {
    return tools.values().stream().filter(t -> t.scope().map(caller::has).orElse(true)).toList();
  }

  public Optional<Tool> find(String name) {
    return Optional.ofNullable(tools.get(name));
  }
}
