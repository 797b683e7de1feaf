package io.dynamosql.mcp.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.security.Caller;
import java.util.Optional;

/** A family of resources named by an RFC 6570 URI template. */
public interface ResourceTemplate {

  /** The {@code ResourceTemplate} object of {@code resources/templates/list}. */
  ObjectNode definition();

  /**
   * Reads a URI of this template.
   *
   * @return the {@code contents} entry, or empty when the URI is not of this template or names
   *     nothing that exists
   */
  Optional<ObjectNode> read(String uri, Caller caller) throws Exception;
}
