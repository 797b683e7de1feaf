/**
 * The driver's only door to DynamoDB and the only package that uses the AWS SDK. It has read
 * methods only (ListTables, DescribeTable, GetItem, BatchGetItem, Query, Scan): no call that
 * changes data or tables, and none of DynamoDB's own statement language, exists here, so the driver
 * is read-only by construction. It turns SDK values into the value model of {@link
 * io.dynamosql.jdbc.type} and SDK failures into SQLExceptions.
 *
 * <p>{@link io.dynamosql.jdbc.dynamo.ItemReader} and {@link
 * io.dynamosql.jdbc.dynamo.TableDirectory} are the roles; {@link
 * io.dynamosql.jdbc.dynamo.AwsSdkDynamoDb} plays both over one SDK client per distinct endpoint,
 * region, credentials and network settings. Streams fetch a page only when the previous one is
 * consumed; a parallel scan runs one thread per segment and stops them on close; BatchGetItem goes
 * in calls of 100 keys with unprocessed keys retried and key order restored.
 */
package io.dynamosql.jdbc.dynamo;
