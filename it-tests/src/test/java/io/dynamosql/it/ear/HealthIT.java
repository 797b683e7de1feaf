package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.it.support.DeployedProductTest;
import io.dynamosql.it.support.ProductHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** MicroProfile Health of the deployed EAR, as a load balancer sees it. */
class HealthIT extends DeployedProductTest {

  @Test
  void liveWhileDeployed() {
    HttpResponse<String> live = http.get(ProductHttp.healthUri("/live"));

    assertEquals(200, live.statusCode(), live.body());
    assertTrue(live.body().contains("\"UP\""), live.body());
  }
}
