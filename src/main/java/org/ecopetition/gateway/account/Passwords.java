package org.ecopetition.gateway.account;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Staff passwords: Argon2id by Spring Security Crypto over Bouncy Castle, with OWASP's parameters (19 MiB, two
 * passes, one lane); one-time passwords from a secure random source; the rules a new password must meet. Hashing is
 * slow on purpose: callers run it on the {@code passwords} worker pool, never on an event loop.
 */
final class Passwords {
  /** Letters and digits that cannot be mistaken for one another when read aloud or typed from paper. */
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  private final SecureRandom random = new SecureRandom();
  private final int minLength;
  /** Compared against when the login is unknown, so that an unknown login takes as long as a wrong password. */
  private volatile String decoy;

  Passwords(int minLength) {
    this.minLength = minLength;
  }

  private String decoy() {
    String d = decoy;
    if (d == null) {
      d = encoder.encode(oneTime());
      decoy = d;
    }
    return d;
  }

  String hash(String password) {
    return encoder.encode(password);
  }

  /** {@code hash} null: compare against a decoy and answer false, in the same time. */
  boolean matches(String password, String hash) {
    boolean ok = encoder.matches(password == null ? "" : password, hash == null ? decoy() : hash);
    return ok && hash != null;
  }

  /** 20 characters (about 115 bits) in groups of five: read once from the screen, typed once, then changed. */
  String oneTime() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** Why a new password is refused (Chinese, English), or empty when it is acceptable. */
  Optional<String[]> weakness(String login, String password) {
    if (password == null || password.codePointCount(0, password.length()) < minLength) {
      return Optional.of(new String[] {"新密码至少需要 " + minLength + " 个字符。",
          "The new password needs at least " + minLength + " characters."});
    }
    if (password.length() > 256) {
      return Optional.of(new String[] {"新密码太长（最多 256 个字符）。", "The new password is too long (256 characters at most)."});
    }
    if (login.length() >= 4 && password.toLowerCase().contains(login.toLowerCase())
        || password.equalsIgnoreCase(login)) {
      return Optional.of(new String[] {"新密码不能包含登录名。", "The new password must not contain the login."});
    }
    if (password.chars().distinct().count() < 5) {
      return Optional.of(new String[] {"新密码过于简单，请使用更多不同的字符。", "The new password is too simple: use more different characters."});
    }
    return Optional.empty();
  }
}
