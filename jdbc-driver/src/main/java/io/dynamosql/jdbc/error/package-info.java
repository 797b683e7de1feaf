/**
 * The driver's SQLStates: one enum that knows, for each state, which {@link java.sql.SQLException}
 * subclass carries it, so that every error the driver raises has a state and the matching class.
 */
package io.dynamosql.jdbc.error;
