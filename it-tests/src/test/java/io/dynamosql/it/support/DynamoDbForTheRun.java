package io.dynamosql.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts {@link DemoDynamoDb} when the test JVM's JUnit session opens, before any class and so
 * before Arquillian starts the server and deploys: in-container test classes cannot name the
 * extension (it does not exist inside the server), yet the deployment needs DynamoDB from the
 * start. Registered in {@code META-INF/services}.
 */
public final class DynamoDbForTheRun implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("dynamodb.port") != null) {
      DemoDynamoDb.server();
    }
  }
}
