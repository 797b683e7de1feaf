package io.dynamosql.oauth.store;

import java.time.Instant;
import java.util.List;

/** A person who can log in: the password is kept only as a slow-KDF hash. */
public record User(String username, String passwordHash, List<String> groups, Instant createdAt) {

  public User {
    groups = List.copyOf(groups);
  }
}
