package io.dynamosql.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The driver's version as the build wrote it ({@code driver.properties}, filtered by Maven), for
 * {@code Driver.getMajorVersion} and {@code DatabaseMetaData.getDriverVersion}.
 */
public final class DriverVersion {

  private static final String TEXT = load();

  private DriverVersion() {}

  /** The full version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String text() {
    return TEXT;
  }

  public static int major() {
    return part(0);
  }

  public static int minor() {
    return part(1);
  }

  private static int part(int index) {
    String[] parts = TEXT.split("[.-]");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException notNumeric) {
      return 0;
    }
  }

  private static String load() {
    try (InputStream in = DriverVersion.class.getResourceAsStream("driver.properties")) {
      if (in == null) {
        throw new IllegalStateException("driver.properties is missing from the driver jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("driver.properties cannot be read", e);
    }
  }
}
