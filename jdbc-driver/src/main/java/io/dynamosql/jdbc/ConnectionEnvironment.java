package io.dynamosql.jdbc;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.AwsSdkDynamoDb;
import io.dynamosql.jdbc.exec.SqlEngine;
import io.dynamosql.jdbc.query.QueryEngine;
import io.dynamosql.jdbc.schema.CachingCatalog;
import io.dynamosql.jdbc.schema.Catalog;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every connection of one configuration shares: the DynamoDB client, the metadata cache and
 * the SQL engine. Built on the first connection of a configuration and kept for the life of the
 * process, which is what makes connections cheap (a pool's validation costs one ListTables, not a
 * new client and a new schema discovery).
 */
record ConnectionEnvironment(
    DriverConfig config, AwsSdkDynamoDb dynamo, Catalog catalog, QueryEngine engine) {

  private static final Map<DriverConfig, ConnectionEnvironment> SHARED = new ConcurrentHashMap<>();

  static ConnectionEnvironment of(DriverConfig config) throws SQLException {
    ConnectionEnvironment existing = SHARED.get(config);
    if (existing != null) {
      return existing;
    }
    synchronized (SHARED) {
      ConnectionEnvironment again = SHARED.get(config);
      if (again != null) {
        return again;
      }
      AwsSdkDynamoDb dynamo = AwsSdkDynamoDb.shared(config);
      ConnectionEnvironment created =
          new ConnectionEnvironment(
              config, dynamo, new CachingCatalog(config, dynamo), new SqlEngine());
      SHARED.put(config, created);
      return created;
    }
  }
}
