/** The SQL engine: the {@link io.dynamosql.jdbc.query.QueryEngine} the statements run on. */
package io.dynamosql.jdbc.exec;
