package org.ecopetition.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a fixed loopback port in front of a real server: {@link #cut()} closes every connection and
 * the port (the server seems gone: connections are refused), {@link #restore()} listens again on the same
 * port: a database outage as the gateway meets it, without stopping the shared test PostgreSQL.
 * {@link #retarget(int)} sends new connections elsewhere: a balancer in front of two gateways. With a {@link Tap},
 * what each client sends is shown to it before it is passed on ({@link PgWire} reads PostgreSQL's messages so).
 */
public final class TcpProxy implements AutoCloseable {
  /** Sees the bytes a client sends, before the server gets them: one per connection, fed from its pump's thread. */
  public interface Tap {
    void sent(byte[] buf, int n);
  }

  private volatile int targetPort;
  /** A new tap for each connection, with its number (from 1); null: none. */
  private final java.util.function.IntFunction<Tap> taps;
  private int connections;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;

  public TcpProxy(int targetPort) throws IOException {
    this(targetPort, null);
  }

  public TcpProxy(int targetPort, java.util.function.IntFunction<Tap> taps) throws IOException {
    this.targetPort = targetPort;
    this.taps = taps;
    ServerSocket s = bind(0);
    this.port = s.getLocalPort();
    serve(s);
  }

  public int port() {
    return port;
  }

  /** New connections go to another server from now on (as a balancer would), open ones stay where they are. */
  public void retarget(int port) {
    targetPort = port;
  }

  /** Every connection dropped and the port closed. */
  public synchronized void cut() throws IOException {
    ServerSocket s = server;
    server = null;
    if (s != null) {
      s.close();
    }
    for (Socket sock : open) {
      sock.close();
    }
    open.clear();
  }

  /** Listening again on the same port. */
  public synchronized void restore() throws IOException {
    if (server == null) {
      serve(bind(port));
    }
  }

  private static ServerSocket bind(int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return s;
  }

  private void serve(ServerSocket s) {
    server = s;
    Thread accept = new Thread(() -> {
      while (!s.isClosed()) {
        try {
          Socket in = s.accept();
          // Registered under the proxy's lock: a connection accepted just as cut() runs is closed with the others,
          // not left relaying after the cut.
          synchronized (TcpProxy.this) {
            if (server != s) {
              in.close();
              continue;
            }
            open.add(in);
            Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            open.add(out);
            pump(in, out, taps == null ? null : taps.apply(++connections));
            pump(out, in, null);
          }
        } catch (IOException e) {
          // closed by cut(), or the target refused
        }
      }
    }, "tcp-proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  private void pump(Socket from, Socket to, Tap tap) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[16384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buf)) >= 0) {
          // Shown before it is passed on: an answer to it cannot arrive before the tap has seen it.
          if (tap != null) {
            tap.sent(buf, n);
          }
          out.write(buf, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException ignored) {
          // already closed
        }
      }
    }, "tcp-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
