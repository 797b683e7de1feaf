package io.dynamosql.mcp.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request the server answers with a JSON-RPC error. It carries the HTTP status of the response
 * too, because the Streamable HTTP transport gives some errors their own status (400 for header
 * mismatches, 404 for unknown methods in 2026-07-28).
 */
public final class JsonRpcException extends Exception {

  private final ErrorCode code;
  private final transient JsonNode data;
  private final int httpStatus;

  public JsonRpcException(ErrorCode code, String message, JsonNode data, int httpStatus) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
    this.httpStatus = httpStatus;
  }

  /** An error answered with HTTP 200: the exchange worked, the request did not. */
  public static JsonRpcException of(ErrorCode code, String message) {
    return new JsonRpcException(code, message, null, 200);
  }

  /** An error whose HTTP response status is not 200. */
  public static JsonRpcException withStatus(ErrorCode code, String message, int httpStatus) {
    return new JsonRpcException(code, message, null, httpStatus);
  }

  public static JsonRpcException invalidParams(String message) {
    return of(ErrorCode.INVALID_PARAMS, message);
  }

  public ErrorCode code() {
    return code;
  }

  /** The error's {@code data} member, or null. */
  public JsonNode data() {
    return data;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The same error answered with another HTTP status. */
  public JsonRpcException withHttpStatus(int status) {
    return new JsonRpcException(code, getMessage(), data, status);
  }
}
