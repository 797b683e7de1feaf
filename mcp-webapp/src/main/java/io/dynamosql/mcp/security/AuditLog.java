package io.dynamosql.mcp.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Records every {@code tools/call}. */
public interface AuditLog {

  /**
   * One tool call.
   *
   * @param time when the call started
   * @param caller who called
   * @param tool the tool name
   * @param arguments the arguments as sent (with the SQL)
   * @param rows rows returned, or null
   * @param itemsRead DynamoDB items read, or null
   * @param durationMillis how long the call took
   * @param outcome {@code ok}, {@code tool_error} or {@code failure}
   */
  record Entry(
      Instant time,
      Caller caller,
      String tool,
      JsonNode arguments,
      Integer rows,
      Long itemsRead,
      long durationMillis,
      String outcome) {}

  void record(Entry entry);
}
