package org.ecopetition.gateway.cli;

import io.vertx.core.json.JsonObject;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.Visibility;
import org.ecopetition.gateway.account.Accounts;
import org.ecopetition.gateway.account.StaffAdmin;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.routing.DepartmentDirectory;

/**
 * {@code java -jar petition-gateway.jar [--config FILE] staff …}: staff accounts from the command line, on the
 * configured database (the embedded one: the running gateway's, or started for the command). There is no default
 * password: the first administrator is made here, and every account starts with a one-time password printed once,
 * to be changed at the first sign-in. Each change is recorded as made by {@code cli:<system user>}.
 */
public final class StaffCommands {
  static final String USAGE = """
      usage: java -jar petition-gateway.jar [--config FILE] staff COMMAND
        add --admin --login L --name N [--department CODE]     the first administrator (prints a one-time password)
        add --role ROLE --login L --name N [--department CODE] another member of staff; ROLE: intake, handler,
                                                               supervisor, auditor, admin
        reset-password --login L                               a new one-time password; every session ends
        unlock --login L                                       lifts the sign-in locks of L from every client
        list                                                   every member of staff
      CODE: the department directory code ("" or - for the ministry, 32 a province, 3201 a city, 320115 a county);
      without it, this deployment's (routing.divisionCode).""";

  private StaffCommands() {}

  /** Runs one command; returns the process's exit code (0 done, 1 refused or failed, 2 a usage error). */
  public static int run(GatewayConfig cfg, Clock clock, List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String command = args.get(0);
    Map<String, String> opts = new HashMap<>();
    Set<String> flags = Set.of("--admin");
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (flags.contains(a)) {
        opts.put(a, "true");
      } else if (a.startsWith("--") && i + 1 < args.size()) {
        opts.put(a, args.get(++i));
      } else {
        err.println("unknown or incomplete argument: " + a + "\n" + USAGE);
        return 2;
      }
    }
    if (!List.of("add", "reset-password", "unlock", "list").contains(command)
        || !command.equals("list") && opts.get("--login") == null) {
      err.println(USAGE);
      return 2;
    }
    Role role = null;
    if (command.equals("add")) {
      Optional<Role> r = opts.containsKey("--admin") ? Optional.of(Role.ADMIN) : Role.of(opts.get("--role"));
      if (r.isEmpty() || opts.get("--name") == null || opts.containsKey("--admin") && opts.containsKey("--role")) {
        err.println("staff add needs --admin or --role ROLE (intake, handler, supervisor, auditor, admin), --login and "
            + "--name\n" + USAGE);
        return 2;
      }
      role = r.get();
    }
    Role chosen = role;
    try {
      return withAdmin(cfg, clock, admin -> execute(admin, cfg, command, opts, chosen, out, err));
    } catch (Exception e) {
      err.println("staff " + command + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static int execute(StaffAdmin admin, GatewayConfig cfg, String command, Map<String, String> opts, Role role,
      PrintStream out, PrintStream err) {
    StaffAdmin.By by = new StaffAdmin.By("cli:" + System.getProperty("user.name", "unknown"), null);
    String login = opts.get("--login");
    if (command.equals("list")) {
      admin.list(by).await().forEach(u -> out.println(String.join("\t", u.getString("login"), u.getString("role"),
          u.getString("department").isEmpty() ? "-" : u.getString("department"), u.getString("name"),
          u.getBoolean("disabled") ? "disabled" : "active", u.getLong("lockedClients") > 0 ? "locked" : "")));
      return 0;
    }
    StaffAdmin.Outcome o = switch (command) {
      case "add" -> {
        String d = opts.getOrDefault("--department", cfg.routing().divisionCode());
        yield admin.add(by, login, opts.get("--name"), role, d.equals("-") ? "" : d.strip()).await();
      }
      case "reset-password" -> admin.resetPassword(by, login).await();
      default -> admin.unlock(by, login).await();
    };
    if (o instanceof StaffAdmin.Refused r) {
      err.println("refused: " + r.en() + (r.field() == null ? "" : " (" + r.field() + ")"));
      return 1;
    }
    StaffAdmin.Done done = (StaffAdmin.Done) o;
    JsonObject u = done.user();
    String who = u.getString("login") + " (" + u.getString("name") + ", " + u.getString("role") + ", "
        + u.getString("departmentName") + " " + (u.getString("department").isEmpty() ? "-" : u.getString("department"))
        + ")";
    switch (command) {
      case "add" -> out.println("added " + who);
      case "reset-password" -> out.println("password reset for " + who + "; every session of theirs has ended");
      default -> out.println("unlocked " + who + ": " + done.count() + " lock(s) lifted");
    }
    if (done.oneTimePassword() != null) {
      out.println("one-time password: " + done.oneTimePassword());
      out.println("It is shown only now. It must be changed at the first sign-in, within "
          + cfg.staff().oneTimePasswordHours() + " hours.");
    }
    return 0;
  }

  interface AdminWork {
    int apply(StaffAdmin admin) throws Exception;
  }

  /** Opens the configured database (migrated), runs {@code work} with staff management on it, and closes all. */
  static int withAdmin(GatewayConfig cfg, Clock clock, AdminWork work) throws Exception {
    try (CliDatabase db = CliDatabase.open(cfg)) {
      Accounts accounts = new Accounts(db.vertx, db.pool, cfg, clock, DepartmentDirectory.bundled(Gazetteer.bundled()),
          new Visibility(cfg.routing().divisionCode()));
      return work.apply(accounts.admin());
    }
  }
}
