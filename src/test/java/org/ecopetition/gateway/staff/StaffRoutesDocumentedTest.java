package org.ecopetition.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.ecopetition.gateway.access.Endpoint;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every route of the staff route table is in the OpenAPI file the gateway serves, with its method. */
class StaffRoutesDocumentedTest {

  @Test
  void everyStaffRouteIsDescribed() throws Exception {
    Map<String, Map<String, Object>> paths;
    try (InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
      Map<String, Map<String, Map<String, Object>>> doc = new Yaml().load(in);
      paths = doc.get("paths");
    }
    for (Endpoint e : Endpoint.values()) {
      String path = "/api/v1/staff" + e.path().replaceAll(":([A-Za-z]+)", "{$1}");
      assertThat(paths).as(path).containsKey(path);
      assertThat(paths.get(path)).as(e.method() + " " + path).containsKey(e.method().toLowerCase());
    }
  }
}
