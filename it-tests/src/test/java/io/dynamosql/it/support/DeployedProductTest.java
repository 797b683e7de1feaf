package io.dynamosql.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base class of black-box tests: the real EAR is deployed (Arquillian, not testable, so nothing is
 * added to it) on the server of this test JVM, DynamoDB Local with the demo dataset is up, and
 * tests talk HTTP to {@link ProductHttp#baseUri()}. Bearer tokens come from {@link TestTokens}.
 */
@ExtendWith({DemoDynamoDb.class, TestTokens.class, ArquillianExtension.class})
public abstract class DeployedProductTest {

  protected final ProductHttp http = new ProductHttp();

  @Deployment(testable = false)
  public static EnterpriseArchive product() {
    return RealEar.archive();
  }
}
