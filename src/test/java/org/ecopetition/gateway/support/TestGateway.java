package org.ecopetition.gateway.support;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.ecopetition.gateway.Gateway;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.config.GatewayConfig;

/** A real gateway on a free port against a real PostgreSQL, configured the way an operator would. */
public final class TestGateway {
  private TestGateway() {}

  /** A key shared by gateways that serve the same database in one test. */
  public static String newKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return Base64.getEncoder().encodeToString(k);
  }

  public static Map<String, String> env(String dbUrl, String key) {
    Map<String, String> env = new HashMap<>();
    env.put("GATEWAY_HTTP_PORT", "0");
    env.put("GATEWAY_METRICS_PORT", "0");
    env.put("GATEWAY_HTTP_HOST", "127.0.0.1");
    env.put("GATEWAY_DATABASE_URL", dbUrl);
    env.put("GATEWAY_SECURITY_QUERY_CODE_KEY", key);
    // Gateways sharing a database share the data key too: derived from the query-code key of the test.
    env.put("GATEWAY_SECURITY_DATA_KEY", dataKeyFor(key));
    env.put("GATEWAY_DEPLOYMENT_DEPARTMENT_NAME", "测试市生态环境局");
    env.put("GATEWAY_DEPLOYMENT_DEPARTMENT_NAME_EN", "Test City Ecology and Environment Bureau");
    // Every test client connects from 127.0.0.1: the per-address bound on new conversations is a test of its own.
    env.put("GATEWAY_CHAT_MAX_NEW_CONVERSATIONS_PER_HOUR", "1000000");
    return env;
  }

  /** A data key of 32 bytes that follows from the test's query-code key (so that two gateways get the same one). */
  public static String dataKeyFor(String key) {
    try {
      return Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
          .digest(("data:" + key).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Gateway start(Map<String, String> env) {
    return start(null, env);
  }

  /** With a configuration file as an operator writes it (for what environment variables cannot say). */
  public static Gateway start(java.nio.file.Path configFile, Map<String, String> env) {
    return start(configFile, env, TestClock.CLOCK);
  }

  /** On a clock of the test's own (a particular day). */
  public static Gateway start(java.nio.file.Path configFile, Map<String, String> env, java.time.Clock clock) {
    try {
      GatewayConfig cfg = ConfigLoader.load(configFile, env);
      return Gateway.start(cfg, clock);
    } catch (Exception e) {
      throw new IllegalStateException("gateway did not start", e);
    }
  }

  public static Gateway start() {
    return start(env(TestPostgres.freshDatabaseUrl(), newKey()));
  }
}
