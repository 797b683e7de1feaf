package io.dynamosql.jdbc.plan.physical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * What DynamoDB accepts as a key or expression value. No item can have a key beyond these limits,
 * so such a key matches nothing and is not sent (DynamoDB would reject the whole request).
 */
public final class KeyLimits {

  private static final int PARTITION_KEY_BYTES = 2048;
  private static final int SORT_KEY_BYTES = 1024;
  private static final int NUMBER_DIGITS = 38;
  private static final BigDecimal LARGEST = new BigDecimal("1E126");
  private static final BigDecimal SMALLEST = new BigDecimal("1E-130");

  private KeyLimits() {}

  /** Whether {@code value} can be a partition key ({@code partition}) or sort key value. */
  public static boolean fitsKey(Object value, boolean partition) {
    int limit = partition ? PARTITION_KEY_BYTES : SORT_KEY_BYTES;
    if (value instanceof String text) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      return bytes > 0 && bytes <= limit;
    }
    if (value instanceof byte[] bytes) {
      return bytes.length > 0 && bytes.length <= limit;
    }
    return !(value instanceof BigDecimal number) || fitsNumber(number);
  }

  /** Whether DynamoDB can hold {@code number}: 38 significant digits, magnitude 1E-130 to 1E126. */
  public static boolean fitsNumber(BigDecimal number) {
    if (number.signum() == 0) {
      return true;
    }
    BigDecimal magnitude = number.abs();
    return number.stripTrailingZeros().precision() <= NUMBER_DIGITS
        && magnitude.compareTo(LARGEST) < 0
        && magnitude.compareTo(SMALLEST) >= 0;
  }
}
