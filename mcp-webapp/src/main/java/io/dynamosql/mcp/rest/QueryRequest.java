package io.dynamosql.mcp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * A validated {@code POST /v1/query} body: {@code {"sql": "...", "mode": "execute"|"plan",
 * "options": {"maxRows": n, "resumeIdx": n}}}.
 *
 * @param sql the query
 * @param mode execute (default) or plan
 * @param maxRows rows to answer at most
 * @param resumeIdx the {@code resumeIdx} of the previous answer (a signed cursor), null for the
 *     first page
 * @param skipRows rows of the result to skip, for a client that sends a row index as {@code
 *     resumeIdx} instead (the query then reads those rows again)
 */
public record QueryRequest(
    String sql, QueryMode mode, int maxRows, String resumeIdx, long skipRows) {

  private static final Set<String> FIELDS = Set.of("sql", "mode", "options");
  private static final Set<String> OPTIONS = Set.of("maxRows", "resumeIdx");

  /**
   * @throws InvalidQueryRequestException naming the field that is wrong and why
   */
  static QueryRequest from(JsonNode body, int defaultMaxRows, int maxRowsCap)
      throws InvalidQueryRequestException {
    if (!body.isObject()) {
      throw new InvalidQueryRequestException("The body must be a JSON object with a 'sql' string");
    }
    onlyKnown(body, FIELDS, "");
    JsonNode sql = body.get("sql");
    if (sql == null || !sql.isTextual() || sql.asText().isBlank()) {
      throw new InvalidQueryRequestException("'sql' is required: one SELECT or WITH query");
    }
    QueryMode mode = mode(body.get("mode"));
    JsonNode options = body.get("options");
    if (options != null && !options.isNull() && !options.isObject()) {
      throw new InvalidQueryRequestException("'options' must be an object");
    }
    int maxRows = defaultMaxRows;
    String resumeIdx = null;
    long skipRows = 0;
    if (options != null && options.isObject()) {
      onlyKnown(options, OPTIONS, "options.");
      maxRows = (int) integer(options.get("maxRows"), "options.maxRows", 0, maxRowsCap, maxRows);
      JsonNode resume = options.get("resumeIdx");
      if (resume != null && resume.isTextual()) {
        resumeIdx = resume.asText();
      } else {
        skipRows = integer(resume, "options.resumeIdx", 0, Long.MAX_VALUE, 0);
      }
    }
    return new QueryRequest(sql.asText(), mode, maxRows, resumeIdx, skipRows);
  }

  private static QueryMode mode(JsonNode mode) throws InvalidQueryRequestException {
    if (mode == null || mode.isNull()) {
      return QueryMode.EXECUTE;
    }
    for (QueryMode m : QueryMode.values()) {
      if (mode.isTextual() && m.name().toLowerCase(Locale.ROOT).equals(mode.asText())) {
        return m;
      }
    }
    throw new InvalidQueryRequestException("'mode' must be \"execute\" or \"plan\", got " + mode);
  }

  private static long integer(JsonNode value, String name, long min, long max, long absent)
      throws InvalidQueryRequestException {
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidQueryRequestException("'" + name + "' must be an integer, got " + value);
    }
    long number = value.asLong();
    if (number < min || number > max) {
      throw new InvalidQueryRequestException(
          "'" + name + "' must be between " + min + " and " + max + ", got " + number);
    }
    return number;
  }

  private static void onlyKnown(JsonNode object, Set<String> known, String prefix)
      throws InvalidQueryRequestException {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidQueryRequestException(
            "Unknown field '" + prefix + name + "'; expected " + String.join(", ", known));
      }
    }
  }

  /** A body the client must correct (HTTP 400). */
  static final class InvalidQueryRequestException extends Exception {
    InvalidQueryRequestException(String message) {
      super(message, null, false, false);
    }
  }
}
