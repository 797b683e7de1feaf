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

  /**
   * Brings a schema's table list up to date as {@code mode} says (the MCP {@code refresh}
   * argument); returns whether DynamoDB was read, i.e. whether {@link #refreshedAt} moved.
   */
  default boolean refresh(String schemaName, RefreshMode mode) throws SQLException {
    Optional<Instant> before = refreshedAt(schemaName);
    tables(schemaName, mode);
    return !before.equals(refreshedAt(schemaName));
  }

  /**
   * Brings one table's description up to date as {@code mode} says; returns whether DynamoDB was
   * read for it (false too when the table does not exist).
   */
  default boolean refresh(String schemaName, String tableName, RefreshMode mode)
      throws SQLException {
    Optional<Instant> before =
        table(schemaName, tableName, RefreshMode.SKIP).map(TableSchema::refreshedAt);
    Optional<Instant> after = table(schemaName, tableName, mode).map(TableSchema::refreshedAt);
    return after.isPresent() && !after.equals(before);
  }
}
