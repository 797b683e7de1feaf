package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A multi round-trip result (2026-07-28, {@code InputRequiredResult}): the requests the client must
 * answer ({@code elicitation/create}, {@code sampling/createMessage}, {@code roots/list}) before it
 * retries the call with their {@code inputResponses} and the echoed {@code requestState}.
 *
 * @param inputRequests the requests by server-chosen key, or null
 * @param requestState opaque state the retry must echo, or null
 */
public record InputRequired(ObjectNode inputRequests, String requestState) implements ToolOutcome {

  public InputRequired {
    if (inputRequests == null && requestState == null) {
      throw new IllegalArgumentException("an InputRequiredResult carries requests or state");
    }
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode result = JsonNodeFactory.instance.objectNode().put("resultType", "input_required");
    if (inputRequests != null) {
      result.set("inputRequests", inputRequests);
    }
    if (requestState != null) {
      result.put("requestState", requestState);
    }
    return result;
  }

  @Override
  public Integer rowCount() {
    return null;
  }

  @Override
  public Long itemsRead() {
    return null;
  }

  @Override
  public String auditOutcome() {
    return "input_required";
  }
}
