package org.ecopetition.gateway.dialog;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one call of the engine computed of a text, kept for the rest of that call only: {@link Text#key} of the
 * petitioner's message, matched against commands, options, yes and no, items and values several times a turn (each
 * time simplifying traditional characters through HanLP's converter, which scans the whole text). The key is pure,
 * so the answer is the same; the memo is dropped when the call returns, so nothing a petitioner wrote stays in it.
 */
final class CallMemo {
  private static final ThreadLocal<CallMemo> CURRENT = new ThreadLocal<>();

  private final Map<String, String> keys = new HashMap<>();

  private CallMemo() {}

  /** Runs one call of the engine with a memo (a call made inside another shares the outer one's). */
  static <T> T call(Supplier<T> call) {
    if (CURRENT.get() != null) {
      return call.get();
    }
    CURRENT.set(new CallMemo());
    try {
      return call.get();
    } finally {
      CURRENT.remove();
    }
  }

  /** Whether a call is running on this thread (none between calls: nothing is kept). */
  static boolean active() {
    return CURRENT.get() != null;
  }

  static String key(String s, java.util.function.Function<String, String> keyOf) {
    CallMemo m = CURRENT.get();
    if (m == null) {
      return keyOf.apply(s);
    }
    String k = m.keys.get(s);
    if (k == null) {
      k = keyOf.apply(s);
      m.keys.put(s, k);
    }
    return k;
  }
}
