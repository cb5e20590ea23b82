package org.ecopetition.gateway.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * {@code logging.format}: logback.xml picks its appender by {@code GATEWAY_LOGGING_FORMAT} (so the environment
 * variable works from the first line); a format set in the configuration file is applied here by loading
 * logback.xml again with the property set. JSON lines carry the ids put in the MDC, never personal data.
 */
public final class LogFormat {
  static final String PROPERTY = "GATEWAY_LOGGING_FORMAT";

  private LogFormat() {}

  public static void apply(String format) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
      return;
    }
    String current = ctx.getProperty(PROPERTY) != null ? ctx.getProperty(PROPERTY) : System.getenv(PROPERTY);
    if (format.equals(current == null ? "text" : current)) {
      return;
    }
    URL config = LogFormat.class.getResource("/logback.xml");
    if (config == null) {
      return;
    }
    ctx.reset();
    ctx.putProperty(PROPERTY, format);
    JoranConfigurator c = new JoranConfigurator();
    c.setContext(ctx);
    try {
      c.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot configure the log: " + e.getMessage(), e);
    }
  }
}
