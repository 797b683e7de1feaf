/**
 * SQL types and the Java values the engine computes with.
 *
 * <p>Value model (what {@link io.dynamosql.jdbc.dynamo.ItemReader} returns and the engine works
 * on): S → {@link java.lang.String}; N → {@link java.math.BigDecimal} (always, so that 38 digits
 * survive); B → {@code byte[]}; BOOL → {@link java.lang.Boolean}; NULL and a missing attribute →
 * {@code null} (a DynamoDB NULL is a key with a null value in the item map); SS/NS/BS → {@link
 * io.dynamosql.jdbc.type.SetValue}; L → {@link java.util.List}; M → {@link java.util.Map} with
 * {@link java.lang.String} keys. The engine may also produce {@link java.lang.Double}, {@link
 * java.time.LocalDate} and {@link java.time.Instant} from functions.
 */
package io.dynamosql.jdbc.type;
