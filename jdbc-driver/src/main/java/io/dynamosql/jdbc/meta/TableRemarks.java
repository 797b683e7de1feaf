package io.dynamosql.jdbc.meta;

import io.dynamosql.jdbc.schema.IndexSchema;
import io.dynamosql.jdbc.schema.IndexType;
import io.dynamosql.jdbc.schema.TableKind;
import io.dynamosql.jdbc.schema.TableSchema;

/**
 * The {@code REMARKS} of a table in {@code getTables}: what DynamoDB table it is, how it is keyed
 * and indexed, and for an entity view which items it holds.
 */
final class TableRemarks {

  private TableRemarks() {}

  static String of(TableSchema table) {
    IndexSchema key = table.primaryKey();
    StringBuilder text = new StringBuilder();
    if (table.kind() == TableKind.VIEW) {
      text.append("Entity view of DynamoDB table ")
          .append(table.physicalTableName())
          .append(": items whose sort key ")
          .append(key.sortKey().orElse(""))
          .append(" begins with '")
          .append(table.sortKeyPrefix().orElse(""))
          .append("'");
    } else {
      text.append("DynamoDB table ").append(table.physicalTableName());
    }
    text.append("; partition key ").append(key.partitionKey());
    key.sortKey().ifPresent(sk -> text.append(", sort key ").append(sk));
    long gsis = table.indexes().stream().filter(i -> i.type() == IndexType.GSI).count();
    long lsis = table.indexes().stream().filter(i -> i.type() == IndexType.LSI).count();
    text.append("; ").append(gsis).append(" GSI, ").append(lsis).append(" LSI");
    table.itemCount().ifPresent(n -> text.append("; about ").append(n).append(" items"));
    return text.toString();
  }
}
