package org.ecopetition.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ecopetition.gateway.cli.Commands;
import org.ecopetition.gateway.cli.StaffCommands;
import org.ecopetition.gateway.config.ConfigLoader;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.ops.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar petition-gateway.jar [--config gateway.yaml]}: runs the gateway until stopped. The only
 * place that reads the system clock: everything else is given this one (an architecture test checks it).
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    Path configFile = null;
    String command = "serve";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        configFile = Path.of(args[++i]);
      } else if (args[i].equals("--help") || args[i].equals("-h")) {
        System.out.println("usage: java -jar petition-gateway.jar [--config FILE] [serve | extract | route | wechat-menu | staff …]");
        System.out.println("  serve    run the gateway (default)");
        System.out.println("  extract  JSON lines {\"id\",\"text\"} on stdin -> the extraction contract on stdout");
        System.out.println("  route    extraction-contract lines (+ channel, priorCases) -> one routing proposal per line");
        System.out.println("  wechat-menu  publish wechat.menuFile to the WeChat Official Account");
        System.out.println("  staff    staff accounts: add (the first with --admin), reset-password, unlock, list "
            + "(staff --help)");
        System.out.println("  keys rotate  seal every phone again under security.dataKey (after a rotation; README)");
        System.out.println("  copies remask  mask again the redacted copies stored before the current masking (once, "
            + "after an upgrade; README)");
        System.out.println("Configuration keys and their GATEWAY_* environment variables: see README.md");
        return;
      } else if (args[i].equals("keys") && i + 1 < args.length && args[i + 1].equals("rotate")) {
        if (configFile == null && System.getenv("GATEWAY_CONFIG") != null) {
          configFile = Path.of(System.getenv("GATEWAY_CONFIG"));
        }
        try {
          System.exit(org.ecopetition.gateway.cli.KeyCommands.rotate(ConfigLoader.load(configFile, System.getenv()),
              System.out));
        } catch (Exception e) {
          System.err.println("keys rotate: " + e.getMessage());
          System.exit(1);
        }
        return;
      } else if (args[i].equals("copies") && i + 1 < args.length && args[i + 1].equals("remask")) {
        if (configFile == null && System.getenv("GATEWAY_CONFIG") != null) {
          configFile = Path.of(System.getenv("GATEWAY_CONFIG"));
        }
        try {
          System.exit(org.ecopetition.gateway.cli.CopyCommands.remask(ConfigLoader.load(configFile, System.getenv()),
              System.out));
        } catch (Exception e) {
          System.err.println("copies remask: " + e.getMessage());
          System.exit(1);
        }
        return;
      } else if (args[i].equals("staff")) {
        runStaff(configFile, List.of(args).subList(i + 1, args.length));
        return;
      } else if (i == args.length - 1 && List.of("serve", "extract", "route", "wechat-menu").contains(args[i])) {
        command = args[i];
      } else {
        System.err.println("unknown argument: " + args[i] + " (try --help)");
        System.exit(2);
      }
    }
    if (configFile == null && System.getenv("GATEWAY_CONFIG") != null) {
      configFile = Path.of(System.getenv("GATEWAY_CONFIG"));
    }
    if (!command.equals("serve")) {
      runCommand(command, configFile);
      return;
    }
    long t0 = System.nanoTime();
    try {
      GatewayConfig cfg = ConfigLoader.load(configFile, System.getenv());
      LogFormat.apply(cfg.logging().format());
      Gateway gateway = Gateway.start(cfg, Clock.systemUTC());
      Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "gateway-shutdown"));
      LOG.info("started in {} ms: http://localhost:{}/", (System.nanoTime() - t0) / 1_000_000, gateway.port());
    } catch (Exception e) {
      LOG.error("the gateway did not start: {}", e.getMessage(), e);
      System.exit(1);
    }
  }

  private static void runStaff(Path configFile, List<String> args) {
    if (configFile == null && System.getenv("GATEWAY_CONFIG") != null) {
      configFile = Path.of(System.getenv("GATEWAY_CONFIG"));
    }
    int code;
    try {
      code = StaffCommands.run(ConfigLoader.load(configFile, System.getenv()), Clock.systemUTC(), args, System.out,
          System.err);
    } catch (RuntimeException e) {
      System.err.println("staff: " + e.getMessage());
      code = 1;
    }
    System.exit(code);
  }

  private static void runCommand(String command, Path configFile) {
    try {
      if (command.equals("extract")) {
        Commands.extract(System.in, System.out);
      } else if (command.equals("wechat-menu")) {
        System.out.println(org.ecopetition.gateway.channel.wechat.WeChatMenu.publish(
            ConfigLoader.load(configFile, System.getenv()), Clock.systemUTC()).encode());
      } else {
        Commands.route(ConfigLoader.load(configFile, System.getenv()), System.in, System.out,
            LocalDate.now(Clock.systemUTC().withZone(ZoneId.of("Asia/Shanghai"))));
      }
    } catch (Exception e) {
      System.err.println(command + " failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
