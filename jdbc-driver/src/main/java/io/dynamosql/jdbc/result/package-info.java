/**
 * What a ResultSet reads: its columns and a cursor of rows. Both the metadata result sets and the
 * query engine produce a {@link io.dynamosql.jdbc.result.RowCursor}; one ResultSet class serves
 * them all.
 */
package io.dynamosql.jdbc.result;
