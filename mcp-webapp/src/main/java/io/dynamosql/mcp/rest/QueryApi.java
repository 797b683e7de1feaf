package io.dynamosql.mcp.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.body.RequestBody;
import io.dynamosql.mcp.rest.QueryRequest.InvalidQueryRequestException;
import io.dynamosql.mcp.security.AuditLog;
import io.dynamosql.mcp.security.BearerChallenge;
import io.dynamosql.mcp.security.Scope;
import io.dynamosql.mcp.sql.Continuation;
import io.dynamosql.mcp.sql.QueryFailure;
import io.dynamosql.mcp.sql.QueryPage;
import io.dynamosql.mcp.sql.QueryPlan;
import io.dynamosql.mcp.sql.QueryRunner;
import io.dynamosql.mcp.sql.ReadOnlyStatements;
import io.dynamosql.mcp.sql.ResultColumn;
import io.dynamosql.mcp.tool.ResultCursors;
import io.dynamosql.mcp.transport.HttpCall;
import io.dynamosql.mcp.transport.HttpReply;
import io.dynamosql.mcp.transport.MediaTypes;
import io.dynamosql.mcp.transport.StrictJson;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /v1/query}, the hosted product's REST face, from bytes to bytes: one read-only query
 * executed (a page of rows) or planned. Errors are JSON objects {@code {"error", "message"}} with a
 * 4xx status for everything the client can fix.
 */
public final class QueryApi {

  private static final Logger LOG = Logger.getLogger(QueryApi.class.getName());
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** The name the audit log records calls under. */
  static final String AUDIT_NAME = "POST /v1/query";

  private final QueryRunner runner;
  private final ResultCursors cursors;
  private final int defaultMaxRows;
  private final int maxRows;
  private final BearerChallenge challenge;
  private final AuditLog audit;

  public QueryApi(
      QueryRunner runner,
      ResultCursors cursors,
      int defaultMaxRows,
      int maxRows,
      BearerChallenge challenge,
      AuditLog audit) {
    this.runner = runner;
    this.cursors = cursors;
    this.defaultMaxRows = defaultMaxRows;
    this.maxRows = maxRows;
    this.challenge = challenge;
    this.audit = audit;
  }

  public HttpReply post(HttpCall call) {
    if (!MediaTypes.isJson(call.headers().get("Content-Type"))) {
      return error(415, "unsupported_media_type", "Content-Type must be application/json");
    }
    if (!MediaTypes.acceptsJson(call.headers().get("Accept"))) {
      return error(406, "not_acceptable", "Accept must allow application/json");
    }
    if (!(call.body() instanceof RequestBody.Complete complete)) {
      return error(
          413,
          "body_too_large",
          "The body exceeds " + ((RequestBody.TooLarge) call.body()).limit() + " bytes");
    }
    if (!call.caller().has(Scope.QUERY)) {
      return new HttpReply(
          403,
          Map.of("WWW-Authenticate", challenge.insufficientScope(Scope.QUERY)),
          body("insufficient_scope", "This API needs the query scope").toString());
    }
    QueryRequest request;
    try {
      request =
          QueryRequest.from(StrictJson.MAPPER.readTree(complete.bytes()), defaultMaxRows, maxRows);
    } catch (JsonProcessingException e) {
      return error(400, "invalid_json", "The body is not valid JSON");
    } catch (IOException e) {
      return error(400, "invalid_json", "The body is unreadable");
    } catch (InvalidQueryRequestException e) {
      return error(400, "invalid_request", e.getMessage());
    }
    Optional<String> refusal = ReadOnlyStatements.refusal(request.sql());
    if (refusal.isPresent()) {
      return error(400, "read_only", refusal.get());
    }
    Optional<Continuation> from = continuation(request);
    if (from.isEmpty()) {
      return error(
          400,
          "invalid_request",
          "'options.resumeIdx' is not a resumeIdx of this query; pass the resumeIdx of the"
              + " previous answer together with the same sql");
    }
    Instant started = Instant.now();
    HttpReply reply = null;
    Integer rows = null;
    Long itemsRead = null;
    try {
      if (request.mode() == QueryMode.PLAN) {
        reply = HttpReply.json(200, plan(runner.plan(request.sql(), null)).toString());
      } else {
        QueryPage page = runner.page(request.sql(), null, from.get(), request.maxRows());
        rows = page.rows().size();
        itemsRead = page.itemsRead();
        reply = HttpReply.json(200, rows(page, request.sql()).toString());
      }
      return reply;
    } catch (SQLException e) {
      reply = failure(e);
      return reply;
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Internal error " + incident + " in " + AUDIT_NAME, e);
      reply = error(500, "internal_error", "Internal error (incident " + incident + ")");
      return reply;
    } finally {
      audit.record(
          new AuditLog.Entry(
              started,
              call.caller(),
              AUDIT_NAME,
              NODES
                  .objectNode()
                  .put("sql", request.sql())
                  .put("mode", request.mode().name().toLowerCase(java.util.Locale.ROOT))
                  .put("maxRows", request.maxRows())
                  .put("resumeIdx", from.get().rowsReturned()),
              rows,
              itemsRead,
              Duration.between(started, Instant.now()).toMillis(),
              reply == null || reply.status() >= 500
                  ? "failure"
                  : reply.status() == 200 ? "ok" : "query_error"));
    }
  }

  /** Where the request continues: a signed resumeIdx of this query, or a plain row index. */
  private Optional<Continuation> continuation(QueryRequest request) {
    return request.resumeIdx() == null
        ? Optional.of(new Continuation(request.skipRows(), null))
        : cursors.decode(request.resumeIdx(), request.sql(), null);
  }

  private ObjectNode rows(QueryPage page, String sql) {
    ObjectNode result = NODES.objectNode();
    ArrayNode columns = result.putArray("columns");
    for (ResultColumn c : page.columns()) {
      columns.addObject().put("name", c.name()).put("type", c.type());
    }
    ArrayNode data = result.putArray("data");
    for (List<JsonNode> row : page.rows()) {
      data.addArray().addAll(row);
    }
    if (page.hasMore()) {
      result.put("resumeIdx", cursors.encode(sql, null, page.next()));
    } else {
      result.putNull("resumeIdx");
    }
    result.put("planTime", page.planMillis());
    result.put("execTime", Math.max(0, page.elapsedMillis() - page.planMillis()));
    return result;
  }

  private static ObjectNode plan(QueryPlan plan) {
    return NODES
        .objectNode()
        .put("plan", plan.plan())
        .put("normalizedSql", plan.normalizedSql())
        .put("planTime", plan.planMillis());
  }

  private static HttpReply failure(SQLException e) {
    String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
    return switch (QueryFailure.of(e)) {
      case UNAVAILABLE ->
          error(503, "unavailable", "The database is unavailable right now" + state);
      case TIMEOUT -> error(504, "query_timeout", "The query ran out of time" + state);
      case TRANSIENT ->
          error(503, "try_again", "The query failed for now" + state + ": " + e.getMessage());
      case INVALID_QUERY -> {
        ObjectNode body = body("invalid_query", "The query failed" + state + ": " + e.getMessage());
        if (e.getSQLState() != null) {
          body.put("sqlState", e.getSQLState());
        }
        yield HttpReply.json(400, body.toString());
      }
    };
  }

  private static ObjectNode body(String error, String message) {
    return NODES.objectNode().put("error", error).put("message", message);
  }

  private static HttpReply error(int status, String error, String message) {
    return HttpReply.json(status, body(error, message).toString());
  }
}
