package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.TableDirectory;
import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Catalog} of one configuration: schemas described from DynamoDB and cached for the
 * {@code metadataTtl}, shared by every connection of the configuration (the connection environment
 * keeps one instance per configuration).
 *
 * <ul>
 *   <li>Catalog name: the configured region, or {@code dynamodb} when the region comes from the AWS
 *       SDK's chain, so that three-part names {@code "catalog"."schema"."table"} resolve.
 *   <li>The default schema ({@code defaultSchema}) holds every table ListTables returns (all
 *       pages), restricted to the {@code tables} allow-list when one is set.
 *   <li>A {@link SchemaMapping} file adds schemas, renames, type overrides and entity views.
 *   <li>Columns come from {@link TableSampler} and {@link ColumnInference}.
 * </ul>
 *
 * <p>Freshness: a schema's table list and each table's description carry the time they were read.
 * {@link RefreshMode#IF_STALE} re-reads what is older than the TTL (the list for {@link #tables},
 * the one table for {@link #table}); {@link RefreshMode#FORCE} re-reads now; {@link
 * RefreshMode#SKIP} answers from the cache, reading only what was never read.
 */
public final class CachingCatalog implements Catalog {

  private final DriverConfig config;
  private final TableDirectory directory;
  private final SchemaMapping mapping;
  private final TableSampler sampler;
  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

  /** One schema's tables as last read: SQL name → table. */
  private record Snapshot(Instant refreshedAt, Map<String, TableSchema> tables) {}

  /** Reads the mapping file, if any; nothing is read from DynamoDB until a schema is asked for. */
  public CachingCatalog(DriverConfig config, TableDirectory directory) throws SQLException {
    this.config = config;
    this.directory = directory;
    this.mapping =
        config.mappingFile().isPresent()
            ? SchemaMapping.load(config.mappingFile().get())
            : SchemaMapping.EMPTY;
    this.sampler = new TableSampler(directory, config.sampleSize());
  }

  @Override
  public String catalogName() {
    return config.region().orElse("dynamodb");
  }

  @Override
  public String defaultSchema() {
    return config.defaultSchema();
  }

  @Override
  public List<String> schemaNames() {
    Set<String> names = new TreeSet<>(mapping.schemaNames());
    names.add(defaultSchema());
    return List.copyOf(names);
  }

  @Override
  public List<TableSchema> tables(String schemaName, RefreshMode refresh) throws SQLException {
    Optional<Snapshot> snapshot = snapshot(schemaName, refresh);
    return snapshot.map(s -> List.copyOf(s.tables().values())).orElse(List.of());
  }

  @Override
  public Optional<TableSchema> table(String schemaName, String tableName, RefreshMode refresh)
      throws SQLException {
    Optional<Snapshot> snapshot =
        snapshot(schemaName, refresh == RefreshMode.FORCE ? RefreshMode.SKIP : refresh);
    if (snapshot.isEmpty()) {
      return Optional.empty();
    }
    Optional<TableSchema> found = lookup(snapshot.get(), tableName);
    if (found.isEmpty() && refresh == RefreshMode.FORCE) {
      // Maybe a table created since the list was read.
      return lookup(snapshot(schemaName, RefreshMode.FORCE).orElseThrow(), tableName);
    }
    if (found.isPresent() && needsRefresh(found.get().refreshedAt(), refresh)) {
      return Optional.of(refreshTable(schemaName, found.get()));
    }
    return found;
  }

  @Override
  public Optional<Instant> refreshedAt(String schemaName) {
    return Optional.ofNullable(snapshots.get(schemaName)).map(Snapshot::refreshedAt);
  }

  @Override
  public Duration staleAfter() {
    return config.metadataTtl();
  }

  private static Optional<TableSchema> lookup(Snapshot snapshot, String tableName) {
    TableSchema exact = snapshot.tables().get(tableName);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<TableSchema> matches =
        snapshot.tables().values().stream()
            .filter(t -> t.name().equalsIgnoreCase(tableName))
            .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  private boolean needsRefresh(Instant readAt, RefreshMode refresh) {
    return switch (refresh) {
      case FORCE -> true;
      case SKIP -> false;
      case IF_STALE -> readAt.plus(staleAfter()).isBefore(Instant.now());
    };
  }

  private Optional<Snapshot> snapshot(String schemaName, RefreshMode refresh) throws SQLException {
    if (!schemaNames().contains(schemaName)) {
      return Optional.empty();
    }
    Snapshot cached = snapshots.get(schemaName);
    if (cached != null && !needsRefresh(cached.refreshedAt(), refresh)) {
      return Optional.of(cached);
    }
    synchronized (this) {
      Snapshot again = snapshots.get(schemaName);
      if (again != cached && again != null) {
        return Optional.of(again);
      }
      Snapshot loaded = load(schemaName);
      snapshots.put(schemaName, loaded);
      return Optional.of(loaded);
    }
  }

  private synchronized TableSchema refreshTable(String schemaName, TableSchema stale)
      throws SQLException {
    TableSampler.Sampled sampled = sampler.sample(stale.physicalTableName());
    TableSchema fresh =
        describe(schemaName, stale.name(), stale.kind(), stale.sortKeyPrefix(), sampled);
    Snapshot current = snapshots.get(schemaName);
    Map<String, TableSchema> tables = new TreeMap<>(current.tables());
    tables.put(fresh.name(), fresh);
    snapshots.put(schemaName, new Snapshot(current.refreshedAt(), tables));
    return fresh;
  }

  private Snapshot load(String schemaName) throws SQLException {
    Instant startedAt = Instant.now();
    List<String> existing = directory.listTableNames();
    Set<String> exists = new HashSet<>(existing);
    List<String> physical = new ArrayList<>();
    if (mapping.schemaTables().containsKey(schemaName)) {
      mapping.schemaTables().get(schemaName).stream()
          .filter(exists::contains)
          .forEach(physical::add);
    } else if (schemaName.equals(defaultSchema())) {
      List<String> allowed = config.tables();
      existing.stream()
          .filter(t -> allowed.isEmpty() || allowed.contains(t))
          .forEach(physical::add);
    }
    Map<String, TableSampler.Sampled> sampled = new LinkedHashMap<>();
    for (String table : physical) {
      sampleIfExists(table, sampled);
    }
    for (SchemaMapping.View view : mapping.views(schemaName)) {
      if (exists.contains(view.table())) {
        sampleIfExists(view.table(), sampled);
      }
    }
    Map<String, TableSchema> tables = new TreeMap<>();
    for (String table : physical) {
      if (sampled.containsKey(table)) {
        String sqlName = mapping.sqlName(schemaName, table);
        tables.put(
            sqlName,
            describe(schemaName, sqlName, TableKind.TABLE, Optional.empty(), sampled.get(table)));
      }
    }
    for (SchemaMapping.View view : mapping.views(schemaName)) {
      TableSampler.Sampled base = sampled.get(view.table());
      if (base != null) {
        tables.put(
            view.name(),
            describe(
                schemaName, view.name(), TableKind.VIEW, Optional.of(view.sortKeyPrefix()), base));
      }
    }
    return new Snapshot(startedAt, tables);
  }

  private void sampleIfExists(String table, Map<String, TableSampler.Sampled> sampled)
      throws SQLException {
    if (sampled.containsKey(table)) {
      return;
    }
    try {
      sampled.put(table, sampler.sample(table));
    } catch (SQLException e) {
      // Deleted between ListTables and DescribeTable: it is simply not there any more.
      if (!SqlState.TABLE_NOT_FOUND.code().equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  private TableSchema describe(
      String schemaName,
      String sqlName,
      TableKind kind,
      Optional<String> sortKeyPrefix,
      TableSampler.Sampled sampled)
      throws SQLException {
    var overrides = mapping.columnTypes(schemaName, sqlName);
    if (kind == TableKind.TABLE) {
      return TableSampler.table(schemaName, sqlName, sampled, overrides);
    }
    if (sampled.description().sortKey().isEmpty()) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'mappingFile': view '"
              + sqlName
              + "' needs a table with a sort key, and '"
              + sampled.description().name()
              + "' has none");
    }
    return TableSampler.view(schemaName, sqlName, sortKeyPrefix.orElseThrow(), sampled, overrides);
  }
}
