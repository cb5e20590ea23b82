package org.ecopetition.gateway.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** What must be loaded before the gateway serves: each part reports itself ready once. */
public final class Readiness {
  private final Map<String, Boolean> parts = new ConcurrentHashMap<>();
  private volatile boolean draining;

  public Readiness(String... required) {
    for (String p : required) {
      parts.put(p, false);
    }
  }

  public void ready(String part) {
    parts.put(part, true);
  }

  public boolean ready() {
    return !draining && parts.values().stream().allMatch(Boolean::booleanValue);
  }

  /** Shutting down: DOWN from now on, whatever the parts say, so balancers send no new work. */
  public void drain() {
    draining = true;
  }

  public boolean draining() {
    return draining;
  }

  public Map<String, Boolean> parts() {
    return new TreeMap<>(parts);
  }
}
