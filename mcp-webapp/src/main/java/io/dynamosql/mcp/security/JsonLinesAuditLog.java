package io.dynamosql.mcp.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;

/**
 * Writes one JSON object per line for each tool call, to a file (appended, shared safely by the
 * threads of this process) or, without a file, to the server log.
 */
public final class JsonLinesAuditLog implements AuditLog {

  private static final Logger LOG = Logger.getLogger("io.dynamosql.mcp.audit");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One lock for every instance, so lines from different endpoints never interleave. */
  private static final Object LOCK = new Object();

  private final Path file;

  /**
   * @param file the audit file, or null to write to the server log
   */
  public JsonLinesAuditLog(Path file) {
    this.file = file;
  }

  @Override
  public void record(Entry entry) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("time", entry.time().toString());
    line.put("client_id", entry.caller().clientId());
    line.put("sub", entry.caller().subject());
    line.put("tool", entry.tool());
    line.set("arguments", entry.arguments());
    line.put("rows", entry.rows());
    line.put("items_read", entry.itemsRead());
    line.put("duration_ms", entry.durationMillis());
    line.put("outcome", entry.outcome());
    String text = line.toString();
    if (file == null) {
      LOG.info(text);
      return;
    }
    synchronized (LOCK) {
      try {
        Files.writeString(
            file,
            text + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the audit file " + file, e);
      }
    }
  }
}
