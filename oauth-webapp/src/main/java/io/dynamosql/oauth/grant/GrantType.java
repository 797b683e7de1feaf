package io.dynamosql.oauth.grant;

import java.util.Arrays;
import java.util.Optional;

/** The grant types the token endpoint accepts. */
public enum GrantType {
  AUTHORIZATION_CODE("authorization_code"),
  REFRESH_TOKEN("refresh_token"),
  CLIENT_CREDENTIALS("client_credentials");

  private final String value;

  GrantType(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<GrantType> fromValue(String value) {
    return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
  }
}
