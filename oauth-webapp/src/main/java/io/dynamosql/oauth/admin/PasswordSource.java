package io.dynamosql.oauth.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where a new user's password comes from when the environment does not give it. */
@FunctionalInterface
interface PasswordSource {

  char[] read();

  /** The console without echo when there is one, otherwise the first line of stdin. */
  static PasswordSource standard() {
    return () -> {
      Console console = System.console();
      if (console != null) {
        return console.readPassword("Password: ");
      }
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new AdminException("no password on stdin", true);
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
