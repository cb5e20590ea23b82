package org.ecopetition.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A relay in front of the test PostgreSQL that reads what clients send it, as PostgreSQL does (the frontend messages
 * of its wire protocol), and keeps every statement execution: each Execute (extended protocol, with the text of the
 * statement its portal was bound to) and each simple Query (its text, which may hold several statements), by
 * connection and in order. What a gateway's turn costs PostgreSQL in statements is counted here, where it is sent,
 * whatever code sent it. Without TLS (the test URLs' sslmode=disable).
 */
public final class PgWire implements AutoCloseable {
  /**
   * One execution as sent: 'E' (Execute) or 'Q' (simple Query), on connection {@code connection}; {@code read}: which
   * of that connection's reads (from 1) completed it — executions that a client wrote in one system call arrive in one
   * read here (a relay on loopback reads what is there, up to its buffer).
   */
  public record Sent(int connection, char kind, String text, int read) {}

  private final TcpProxy relay;
  private final List<Sent> sent = new ArrayList<>();

  public PgWire(int targetPort) throws IOException {
    relay = new TcpProxy(targetPort, Reader::new);
  }

  /** A gateway database URL (one of {@link TestPostgres}'s) through this relay. */
  public static String through(String url, PgWire wire) {
    return url.replaceFirst("localhost:\\d+/", "127.0.0.1:" + wire.relay.port() + "/");
  }

  /** The port of a test database URL. */
  public static int portOf(String url) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("localhost:(\\d+)/").matcher(url);
    if (!m.find()) {
      throw new IllegalArgumentException("not a test database URL");
    }
    return Integer.parseInt(m.group(1));
  }

  /** How many executions were sent so far: a mark for {@link #since}. */
  public synchronized int mark() {
    return sent.size();
  }

  /** The executions sent after {@code mark}, in the order they arrived. */
  public synchronized List<Sent> since(int mark) {
    return List.copyOf(sent.subList(mark, sent.size()));
  }

  private synchronized void record(Sent s) {
    sent.add(s);
  }

  /** A client's messages, read as they come (one thread per connection). */
  private final class Reader implements TcpProxy.Tap {
    private final int connection;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** The startup message (and an SSLRequest before it) has no type byte. */
    private boolean started;
    private final Map<String, String> statements = new HashMap<>();
    private final Map<String, String> portals = new HashMap<>();

    Reader(int connection) {
      this.connection = connection;
    }

    /** This connection's reads so far. */
    private int reads;

    @Override
    public void sent(byte[] buf, int n) {
      reads++;
      pending.write(buf, 0, n);
      byte[] all = pending.toByteArray();
      int at = 0;
      while (true) {
        int head = started ? 5 : 4;
        if (all.length - at < head) {
          break;
        }
        int len = readInt(all, started ? at + 1 : at);
        int whole = (started ? 1 : 0) + len;
        if (all.length - at < whole) {
          break;
        }
        if (started) {
          message((char) all[at], all, at + 5, at + whole);
        } else {
          int code = readInt(all, at + 4);
          // SSLRequest or GSSENCRequest: the startup message still follows, untyped.
          started = code != 80877103 && code != 80877104;
        }
        at += whole;
      }
      pending.reset();
      pending.write(all, at, all.length - at);
    }

    private void message(char type, byte[] b, int from, int to) {
      switch (type) {
        case 'P' -> {
          int[] at = {from};
          String name = cstring(b, at);
          statements.put(name, cstring(b, at));
        }
        case 'B' -> {
          int[] at = {from};
          String portal = cstring(b, at);
          portals.put(portal, statements.get(cstring(b, at)));
        }
        case 'E' -> {
          int[] at = {from};
          record(new Sent(connection, 'E', String.valueOf(portals.get(cstring(b, at))), reads));
        }
        case 'Q' -> {
          int[] at = {from};
          record(new Sent(connection, 'Q', cstring(b, at), reads));
        }
        default -> {
          // Sync, Describe, Close, Flush, password, Terminate: no execution
        }
      }
    }
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static String cstring(byte[] b, int[] at) {
    int end = at[0];
    while (b[end] != 0) {
      end++;
    }
    String s = new String(b, at[0], end - at[0], StandardCharsets.UTF_8);
    at[0] = end + 1;
    return s;
  }

  @Override
  public void close() throws IOException {
    relay.close();
  }
}
