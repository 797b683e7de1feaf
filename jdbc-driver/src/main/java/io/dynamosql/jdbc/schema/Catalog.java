package io.dynamosql.jdbc.schema;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The schemas and tables a connection can see. Implementations cache what they read from DynamoDB
 * and share the cache between connections of the same configuration.
 */
public interface Catalog {

  /** The catalog name exposed through JDBC ({@code getCatalogs}), so three-part names resolve. */
  String catalogName();

  /** The schema that unqualified table names resolve in. */
  String defaultSchema();

  /** Every schema name, sorted. */
  List<String> schemaNames();

  /** The tables of a schema, sorted by name. */
  List<TableSchema> tables(String schemaName, RefreshMode refresh) throws SQLException;

  /**
   * One table by its SQL name: an exact match first, then a case-insensitive match if it is
   * unambiguous.
   */
  Optional<TableSchema> table(String schemaName, String tableName, RefreshMode refresh)
      throws SQLException;

  /** When the schema's table list was last read from DynamoDB, if ever. */
  Optional<Instant> refreshedAt(String schemaName);

  /** How long a cached description is served before {@link RefreshMode#IF_STALE} re-reads it. */
  Duration staleAfter();
}
