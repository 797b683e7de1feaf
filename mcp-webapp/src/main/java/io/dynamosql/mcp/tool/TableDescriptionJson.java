package io.dynamosql.mcp.tool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynamosql.mcp.sql.ColumnInfo;
import io.dynamosql.mcp.sql.IndexInfo;
import io.dynamosql.mcp.sql.TableDescription;
import io.dynamosql.mcp.sql.TableSummary;
import java.time.Instant;

/**
 * The JSON and text forms of a table description, shared by {@code describe_table} and the schema
 * resource template.
 */
public final class TableDescriptionJson {

  private TableDescriptionJson() {}

  /**
   * The description as {@code describe_table} returns it.
   *
   * @param requestStarted when the request began: a description read after it was refreshed by this
   *     request
   */
  public static ObjectNode of(TableDescription description, Instant requestStarted) {
    TableSummary t = description.table();
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("schema_name", t.schema());
    result.put("table_name", t.name());
    result.put("qualified_name", t.qualifiedName());
    result.put("physical_table_name", t.physicalName());
    result.put("item_count", t.itemCount());
    result.put("refreshed", t.refreshedAt() != null && !t.refreshedAt().isBefore(requestStarted));
    result.put("refreshed_at", t.refreshedAt() == null ? null : t.refreshedAt().toString());
    result.put("stale_after_seconds", t.staleAfterSeconds());
    ArrayNode columns = result.putArray("columns");
    ObjectNode attributeTypes = JsonNodeFactory.instance.objectNode();
    for (ColumnInfo c : description.columns()) {
      columns
          .addObject()
          .put("name", c.name())
          .put("type", c.type())
          .put("nullable", c.nullable())
          .put("dynamodb_type", c.dynamodbType())
          .put("key_role", c.keyRole());
      if (c.dynamodbType() != null) {
        attributeTypes.put(c.name(), c.dynamodbType());
      }
    }
    ArrayNode indexes = result.putArray("indexes");
    for (IndexInfo i : description.indexes()) {
      ObjectNode index = indexes.addObject();
      index.put("name", i.name()).put("type", i.type());
      index.put("hashKey", i.hashKey()).put("hashKeyType", i.hashKeyType());
      if (i.sortKey() != null) {
        index.put("sortKey", i.sortKey()).put("sortKeyType", i.sortKeyType());
      }
      index.put("projection", i.projection());
    }
    result.set("attribute_types", attributeTypes);
    return result;
  }

  /** A readable summary for the text block. */
  public static String text(TableDescription description) {
    TableSummary t = description.table();
    StringBuilder text = new StringBuilder("Table ").append(t.qualifiedName());
    if (!t.physicalName().equals(t.name())) {
      text.append(" (DynamoDB table ").append(t.physicalName()).append(')');
    }
    if (t.itemCount() != null) {
      text.append(", ~").append(t.itemCount()).append(" items");
    }
    text.append("\nColumns:");
    for (ColumnInfo c : description.columns()) {
      text.append("\n- ").append(c.name()).append(' ').append(c.type());
      if (c.dynamodbType() != null) {
        text.append(" (DynamoDB ").append(c.dynamodbType()).append(')');
      }
      if (c.keyRole() != null && !c.keyRole().equals("NONE")) {
        text.append(' ').append(c.keyRole());
      }
      if (!c.nullable()) {
        text.append(" NOT NULL");
      }
    }
    text.append("\nKeys and indexes:");
    for (IndexInfo i : description.indexes()) {
      text.append("\n- ").append(i.name()).append(" (").append(i.type()).append("): ");
      text.append(i.hashKey());
      if (i.sortKey() != null) {
        text.append(", sort ").append(i.sortKey());
      }
    }
    return text.toString();
  }
}
