package io.dynamosql.mcp.transport;

import io.dynamosql.mcp.prompt.Completer;
import io.dynamosql.mcp.prompt.Prompt;
import io.dynamosql.mcp.resource.ResourceTemplate;
import io.dynamosql.mcp.resource.StaticResource;
import io.dynamosql.mcp.tool.Tool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools, resources, prompts and completers a deployment serves: DynamoSQL's own, plus the
 * conformance suite's fixtures when that test profile is on.
 */
public record McpServerParts(
    List<Tool> tools,
    List<StaticResource> resources,
    List<ResourceTemplate> templates,
    List<Prompt> prompts,
    Map<String, Completer> completers) {

  public McpServerParts {
    tools = List.copyOf(tools);
    resources = List.copyOf(resources);
    templates = List.copyOf(templates);
    prompts = List.copyOf(prompts);
    completers = Map.copyOf(completers);
  }

  /** No parts at all. */
  public static McpServerParts none() {
    return new McpServerParts(List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /** These parts followed by the other's. */
  public McpServerParts plus(McpServerParts other) {
    Map<String, Completer> allCompleters = new HashMap<>(completers);
    allCompleters.putAll(other.completers);
    return new McpServerParts(
        concat(tools, other.tools),
        concat(resources, other.resources),
        concat(templates, other.templates),
        concat(prompts, other.prompts),
        allCompleters);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
