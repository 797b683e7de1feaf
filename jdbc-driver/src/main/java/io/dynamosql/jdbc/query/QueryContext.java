package io.dynamosql.jdbc.query;

import io.dynamosql.jdbc.config.DriverConfig;
import io.dynamosql.jdbc.dynamo.ItemReader;
import io.dynamosql.jdbc.schema.Catalog;

/**
 * What a query needs from the connection that runs it.
 *
 * @param config the connection's configuration (consistent reads, scan segments, budgets, memory)
 * @param catalog the schemas and tables names resolve against
 * @param reader the only way to DynamoDB's items
 * @param schema the schema unqualified table names resolve in ({@code Connection.getSchema()})
 */
public record QueryContext(
    DriverConfig config, Catalog catalog, ItemReader reader, String schema) {}
