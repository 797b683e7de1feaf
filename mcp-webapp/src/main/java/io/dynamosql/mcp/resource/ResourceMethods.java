package io.dynamosql.mcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.dispatch.Dispatcher;
import io.dynamosql.mcp.dispatch.SinglePageLists;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.protocol.RequestContext;
import java.util.List;
import java.util.Optional;

/** {@code resources/list}, {@code resources/templates/list} and {@code resources/read}. */
public final class ResourceMethods {

  private final List<StaticResource> resources;
  private final List<ResourceTemplate> templates;

  public ResourceMethods(List<StaticResource> resources, List<ResourceTemplate> templates) {
    this.resources = List.copyOf(resources);
    this.templates = List.copyOf(templates);
  }

  public void register(Dispatcher dispatcher) {
    dispatcher.on("resources/list", this::list);
    dispatcher.on("resources/templates/list", this::listTemplates);
    dispatcher.on("resources/read", this::read);
  }

  private ObjectNode list(ObjectNode params, RequestContext context) throws JsonRpcException {
    SinglePageLists.rejectCursor(params);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode list = result.putArray("resources");
    resources.forEach(r -> list.add(r.definition()));
    return result;
  }

  private ObjectNode listTemplates(ObjectNode params, RequestContext context)
      throws JsonRpcException {
    SinglePageLists.rejectCursor(params);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ArrayNode list = result.putArray("resourceTemplates");
    templates.forEach(t -> list.add(t.definition()));
    return result;
  }

  private ObjectNode read(ObjectNode params, RequestContext context) throws Exception {
    JsonNode uri = params.get("uri");
    if (uri == null || !uri.isTextual()) {
      throw JsonRpcException.invalidParams("resources/read: 'uri' must be a string");
    }
    Optional<ObjectNode> contents =
        resources.stream()
            .filter(r -> r.uri().equals(uri.asText()))
            .findFirst()
            .map(StaticResource::contents);
    for (int i = 0; contents.isEmpty() && i < templates.size(); i++) {
      contents = templates.get(i).read(uri.asText(), context.caller());
    }
    if (contents.isEmpty()) {
      ObjectNode data = JsonNodeFactory.instance.objectNode().put("uri", uri.asText());
      throw new JsonRpcException(
          ErrorCode.RESOURCE_NOT_FOUND, "Resource not found: " + uri.asText(), data, 200);
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.putArray("contents").add(contents.get());
    return result;
  }
}
