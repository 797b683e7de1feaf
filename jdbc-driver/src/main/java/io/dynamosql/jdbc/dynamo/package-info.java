/**
 * The driver's only door to DynamoDB and the only package that uses the AWS SDK. It has read
 * methods only (ListTables, DescribeTable, GetItem, BatchGetItem, Query, Scan): no write, DDL or
 * PartiQL call exists here, so the driver is read-only by construction. It turns SDK values into
 * the value model of {@link io.dynamosql.jdbc.type} and SDK failures into SQLExceptions.
 */
package io.dynamosql.jdbc.dynamo;
