package io.dynamosql.oauth.store;

import java.util.Optional;

/**
 * The DynamoDB tables of the authorization server: name suffix, key attribute and TTL attribute.
 */
public enum StateTable {
  USERS("users", "username", null),
  API_CLIENTS("api_clients", "client_id", null),
  REGISTERED_CLIENTS("registered_clients", "client_id", null),
  AUTHORIZATION_CODES("authorization_codes", "code_digest", Items.PURGE_AT),
  REFRESH_FAMILIES("refresh_families", "family_id", Items.PURGE_AT),
  PENDING_AUTHORIZATIONS("pending_authorizations", "request_id", Items.PURGE_AT),
  SIGNING_KEYS("signing_keys", "kid", null);

  private final String suffix;
  private final String key;
  private final String ttlAttribute;

  StateTable(String suffix, String key, String ttlAttribute) {
    this.suffix = suffix;
    this.key = key;
    this.ttlAttribute = ttlAttribute;
  }

  public String tableName(String prefix) {
    return prefix + suffix;
  }

  /** The partition key attribute (a string). */
  public String key() {
    return key;
  }

  /** The attribute DynamoDB's TTL purges expired items by, if any. */
  public Optional<String> ttlAttribute() {
    return Optional.ofNullable(ttlAttribute);
  }
}
