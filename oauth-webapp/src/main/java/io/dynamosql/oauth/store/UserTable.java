package io.dynamosql.oauth.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The people who can log in. */
public final class UserTable extends TableAccess {

  UserTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.USERS.key());
  }

  /** Adds a user; false when the username is taken. */
  public boolean create(User user) {
    return insert(
        Items.create()
            .put("username", user.username())
            .put("password_hash", user.passwordHash())
            .put("groups", user.groups())
            .put("created_at", user.createdAt()));
  }

  public Optional<User> find(String username) {
    return get(username).map(UserTable::user);
  }

  public List<User> list() {
    return scan(UserTable::user).stream().sorted(Comparator.comparing(User::username)).toList();
  }

  /** Removes a user; false when there was none. */
  public boolean remove(String username) {
    return delete(username);
  }

  private static User user(Items item) {
    return new User(
        item.string("username"),
        item.string("password_hash"),
        item.strings("groups"),
        item.instant("created_at"));
  }
}
