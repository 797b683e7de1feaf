package io.dynamosql.mcp.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit file: one complete JSON object per line, even when many threads write at once. */
class JsonLinesAuditLogTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCallIsOneJsonLineWithTheContractsFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.jsonl");
    JsonLinesAuditLog log = new JsonLinesAuditLog(file);
    Caller caller = new Caller("client-7", "alice", Set.of(Scope.QUERY));
    IntStream.range(0, 200)
        .parallel()
        .forEach(
            i ->
                log.record(
                    new AuditLog.Entry(
                        Instant.parse("2026-12-01T08:00:00Z"),
                        caller,
                        "run_sql",
                        JSON.createObjectNode().put("sql", "SELECT " + i + " -- \"quoted\"\nnext"),
                        i,
                        (long) i * 2,
                        15,
                        "ok")));

    List<String> lines = Files.readAllLines(file);
    assertEquals(200, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("2026-12-01T08:00:00Z", first.get("time").asText());
    assertEquals("client-7", first.get("client_id").asText());
    assertEquals("alice", first.get("sub").asText());
    assertEquals("run_sql", first.get("tool").asText());
    assertEquals(15, first.get("duration_ms").asInt());
    assertEquals("ok", first.get("outcome").asText());
    long sum = 0;
    for (String line : lines) {
      JsonNode entry = JSON.readTree(line);
      sum += entry.get("rows").asLong();
      assertEquals(entry.get("rows").asLong() * 2, entry.get("items_read").asLong());
      assertEquals(
          "SELECT " + entry.get("rows").asLong() + " -- \"quoted\"\nnext",
          entry.at("/arguments/sql").asText());
    }
    assertEquals(199 * 200 / 2, sum);
  }
}
