package io.dynamosql.mcp.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.jsonrpc.ErrorCode;
import io.dynamosql.mcp.jsonrpc.JsonRpcException;
import io.dynamosql.mcp.prompt.Completer;
import io.dynamosql.mcp.prompt.Prompt;
import io.dynamosql.mcp.prompt.PromptMessages;
import io.dynamosql.mcp.protocol.Era;
import io.dynamosql.mcp.protocol.RequestContext;
import io.dynamosql.mcp.resource.ResourceTemplate;
import io.dynamosql.mcp.resource.StaticResource;
import io.dynamosql.mcp.security.Caller;
import io.dynamosql.mcp.tool.ToolResult;
import io.dynamosql.mcp.transport.McpServerParts;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools, resources and prompts the conformance suite calls by name, with the content its
 * reference server returns (examples/servers/typescript/everything-server.ts).
 */
public final class ConformanceFixtures {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A 1x1 red PNG. */
  static final String IMAGE_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

  /** A minimal WAV file. */
  static final String AUDIO_BASE64 = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

  private ConformanceFixtures() {}

  public static McpServerParts parts() {
    return new McpServerParts(
        tools(),
        List.of(
            new StaticResource(
                "test://static-text",
                "static-text",
                "Static Text Resource",
                "A static text resource for testing",
                "text/plain",
                "This is the content of the static text resource.",
                null),
            new StaticResource(
                "test://static-binary",
                "static-binary",
                "Static Binary Resource",
                "A static binary resource (image) for testing",
                "image/png",
                null,
                Base64.getDecoder().decode(IMAGE_BASE64))),
        List.of(new DataTemplate()),
        prompts(),
        Map.of(
            Completer.forPrompt("test_prompt_with_arguments"),
            (argument, value, context) ->
                value.isEmpty() ? List.of() : List.of(value + "-alpha", value + "-beta")));
  }

  private static List<io.dynamosql.mcp.tool.Tool> tools() {
    List<io.dynamosql.mcp.tool.Tool> tools = new ArrayList<>(InputRequiredFixtures.tools());
    tools.addAll(answeringTools());
    return tools;
  }

  private static List<io.dynamosql.mcp.tool.Tool> answeringTools() {
    return List.of(
        FixtureTool.answering(
            "test_simple_text",
            "Tests simple text content response",
            content(text("This is a simple text response for testing."))),
        FixtureTool.answering(
            "test_image_content", "Tests image content response", content(image())),
        FixtureTool.answering(
            "test_audio_content",
            "Tests audio content response",
            content(media("audio", AUDIO_BASE64, "audio/wav"))),
        FixtureTool.answering(
            "test_embedded_resource",
            "Tests embedded resource content response",
            content(
                embedded(
                    "test://embedded-resource",
                    "text/plain",
                    "This is an embedded resource content."))),
        FixtureTool.answering(
            "test_multiple_content_types",
            "Tests response with multiple content types",
            content(
                text("Multiple content types test:"),
                image(),
                embedded(
                    "test://mixed-content-resource",
                    "application/json",
                    "{\"test\":\"data\",\"value\":123}"))),
        new FixtureTool(
            "test_tool_with_progress",
            "Tests tool that reports progress notifications",
            context -> {
              JsonNode token = context.params().path("_meta").get("progressToken");
              if (token != null) {
                for (int progress : new int[] {0, 50, 100}) {
                  ObjectNode params =
                      NODES.objectNode().put("progress", progress).put("total", 100);
                  params.set("progressToken", token);
                  context.notifications().send("notifications/progress", params);
                }
              }
              return answer("Progress test completed");
            }),
        new FixtureTool(
            "test_tool_with_logging",
            "Tests tool that sends log messages during execution",
            context -> {
              log(context, "Tool execution started");
              log(context, "Tool processing data");
              log(context, "Tool execution completed");
              return answer("Logging test completed");
            }),
        new FixtureTool(
            "test_logging_tool",
            "Logs only when the request asks for a log level (2026-07-28)",
            context -> {
              log(context, "A log message for this request");
              return answer("Logging tool completed");
            }),
        new FixtureTool(
            "test_error_handling",
            "Tests error response handling",
            context -> ToolResult.error("This tool intentionally returns an error for testing")),
        new FixtureTool(
            "test_missing_capability",
            "Needs the client's sampling capability",
            context -> {
              if (!context.clientCapabilities().has("sampling")) {
                ObjectNode data = NODES.objectNode();
                data.putObject("requiredCapabilities").putObject("sampling");
                throw new JsonRpcException(
                    ErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY,
                    "MissingRequiredClientCapabilityError",
                    data,
                    400);
              }
              return answer("Success");
            }));
  }

  private static ToolResult answer(String text) {
    return new ToolResult(content(text(text)), null, false, null, null);
  }

  /**
   * An info log message about the request. In 2026-07-28 a server logs only for a request that
   * names a level in {@code _meta}; the initialize-based revisions set the level per session, which
   * a stateless server does not keep, so there it always logs.
   */
  private static void log(RequestContext context, String message) {
    if (context.era() == Era.MODERN
        && !context.params().path("_meta").has("io.modelcontextprotocol/logLevel")) {
      return;
    }
    context
        .notifications()
        .send(
            "notifications/message",
            NODES
                .objectNode()
                .put("level", "info")
                .put("logger", "conformance")
                .put("data", message));
  }

  private static List<Prompt> prompts() {
    return List.of(
        InputRequiredFixtures.prompt(),
        new FixturePrompt(
            PromptMessages.definition(
                "test_simple_prompt", "Simple Test Prompt", "A simple prompt without arguments"),
            args -> messages(text("This is a simple prompt for testing."))),
        new FixturePrompt(
            PromptMessages.definition(
                "test_prompt_with_arguments",
                "Prompt With Arguments",
                "A prompt with required arguments",
                "arg1",
                "First test argument",
                true,
                "arg2",
                "Second test argument",
                true),
            args ->
                messages(
                    text(
                        "Prompt with arguments: arg1='"
                            + args.get("arg1")
                            + "', arg2='"
                            + args.get("arg2")
                            + "'"))),
        new FixturePrompt(
            PromptMessages.definition(
                "test_prompt_with_embedded_resource",
                "Prompt With Embedded Resource",
                "A prompt that includes an embedded resource",
                "resourceUri",
                "URI of the resource to embed",
                true),
            args ->
                messages(
                    embedded(
                        args.get("resourceUri"),
                        "text/plain",
                        "Embedded resource content for testing."),
                    text("Please process the embedded resource above."))),
        new FixturePrompt(
            PromptMessages.definition(
                "test_prompt_with_image",
                "Prompt With Image",
                "A prompt that includes image content"),
            args -> messages(image(), text("Please analyze the image above."))));
  }

  /** {@code test://template/{id}/data}. */
  private static final class DataTemplate implements ResourceTemplate {
    private static final Pattern URI = Pattern.compile("test://template/([^/]+)/data");

    @Override
    public ObjectNode definition() {
      return NODES
          .objectNode()
          .put("uriTemplate", "test://template/{id}/data")
          .put("name", "template")
          .put("title", "Resource Template")
          .put("description", "A resource template with parameter substitution")
          .put("mimeType", "application/json");
    }

    @Override
    public Optional<ObjectNode> read(String uri, Caller caller) {
      Matcher match = URI.matcher(uri);
      if (!match.matches()) {
        return Optional.empty();
      }
      ObjectNode data = NODES.objectNode();
      data.put("id", match.group(1)).put("templateTest", true);
      data.put("data", "Data for ID: " + match.group(1));
      return Optional.of(
          NODES
              .objectNode()
              .put("uri", uri)
              .put("mimeType", "application/json")
              .put("text", data.toString()));
    }
  }

  private static ArrayNode content(ObjectNode... blocks) {
    ArrayNode content = NODES.arrayNode();
    for (ObjectNode block : blocks) {
      content.add(block);
    }
    return content;
  }

  private static ArrayNode messages(ObjectNode... contents) {
    ArrayNode messages = NODES.arrayNode();
    for (ObjectNode content : contents) {
      messages.addObject().put("role", "user").set("content", content);
    }
    return messages;
  }

  private static ObjectNode text(String text) {
    return NODES.objectNode().put("type", "text").put("text", text);
  }

  private static ObjectNode image() {
    return media("image", IMAGE_BASE64, "image/png");
  }

  private static ObjectNode media(String type, String data, String mimeType) {
    return NODES.objectNode().put("type", type).put("data", data).put("mimeType", mimeType);
  }

  private static ObjectNode embedded(String uri, String mimeType, String text) {
    ObjectNode block = NODES.objectNode().put("type", "resource");
    block.putObject("resource").put("uri", uri).put("mimeType", mimeType).put("text", text);
    return block;
  }
}
