package org.ecopetition.gateway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ecopetition.gateway.access.Departments;
import org.ecopetition.gateway.access.Role;
import org.ecopetition.gateway.access.StaffPrincipal;

/**
 * Machine clients of the staff API (the national-platform export, scripts): configured as
 * {@code login:sha256hex[:role[:departmentCode]]}, the SHA-256 of a bearer token that is itself never stored. The
 * first form, from before roles, means a handler at the deployment's department; a role alone means that role at the
 * deployment's department; an empty department code is the ministry. Tokens are compared in constant time.
 */
public final class TokenClients {
  private record Client(StaffPrincipal principal, byte[] hash) {}

  private final List<Client> clients = new ArrayList<>();

  /**
   * {@code departmentExists}: whether a code is a department of the directory; {@code deploymentCode}: this
   * deployment's department, which every client's department must be, or be below.
   */
  public TokenClients(List<String> entries, String deploymentCode, Predicate<String> departmentExists) {
    for (String e : entries) {
      String[] f = e.split(":", -1);
      if (f.length < 2 || f.length > 4 || !f[0].matches("[^:\\s]{1,64}") || !f[1].matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException("staff.tokens entries are login:sha256hex[:role[:departmentCode]] "
            + "(the hash: 64 hex digits)");
      }
      Role role = f.length < 3 ? Role.HANDLER : Role.of(f[2])
          .orElseThrow(() -> new IllegalArgumentException("staff.tokens: " + f[0] + " has an unknown role '" + f[2]
              + "' (intake, handler, supervisor, auditor, admin)"));
      String department = f.length < 4 ? deploymentCode : f[3].strip();
      if (!Departments.wellFormed(department) || !departmentExists.test(department)
          || !Departments.within(department, deploymentCode)) {
        throw new IllegalArgumentException("staff.tokens: " + f[0] + " has department '" + department
            + "', which is not this deployment's department or one below it in the directory");
      }
      if (clients.stream().anyMatch(c -> c.principal().login().equals(f[0]))) {
        throw new IllegalArgumentException("staff.tokens: login " + f[0] + " appears twice");
      }
      clients.add(new Client(new StaffPrincipal(f[0], role, department), HexFormat.of().parseHex(f[1])));
    }
  }

  /** The client whose token this is. Every entry is compared, so the time taken says nothing of which matched. */
  public Optional<StaffPrincipal> principal(String bearer) {
    if (bearer == null || bearer.isBlank()) {
      return Optional.empty();
    }
    byte[] h = sha256(bearer.strip());
    StaffPrincipal found = null;
    for (Client c : clients) {
      if (MessageDigest.isEqual(h, c.hash())) {
        found = c.principal();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The machine client of this login, if one is configured. */
  public Optional<StaffPrincipal> byLogin(String login) {
    return clients.stream().map(Client::principal).filter(p -> p.login().equals(login)).findFirst();
  }

  /** The logins of machine clients: no member of staff may take one. */
  public Set<String> logins() {
    return clients.stream().map(c -> c.principal().login()).collect(Collectors.toUnmodifiableSet());
  }

  /** The SHA-256 of a token, in hex, as an entry carries it. */
  public static String sha256Hex(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
