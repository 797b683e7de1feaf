package io.dynamosql.oauth.store;

import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The token signing keys, newest first. */
public final class SigningKeyTable extends TableAccess {

  SigningKeyTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.SIGNING_KEYS.key());
  }

  public void add(StoredSigningKey key) {
    if (!insert(
        Items.create()
            .put("kid", key.kid())
            .put("private_jwk", key.privateJwk())
            .put("created_at", key.createdAt()))) {
      throw new IllegalStateException("Key id collision: " + key.kid());
    }
  }

  /** Every key, newest first (ties broken by kid so that all instances agree on the order). */
  public List<StoredSigningKey> newestFirst() {
    return scan(
            item ->
                new StoredSigningKey(
                    item.string("kid"), item.string("private_jwk"), item.instant("created_at")))
        .stream()
        .sorted(
            Comparator.comparing(StoredSigningKey::createdAt)
                .thenComparing(StoredSigningKey::kid)
                .reversed())
        .toList();
  }

  /** Removes a retired key; false when there was none. */
  public boolean remove(String kid) {
    return delete(kid);
  }
}
