package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local web server of {@code communique serve}: the page at {@code /} and the JSON API under
 * {@code /api/}, over one open index (embedded or a cluster). Built on Jetty, in the version SolrJ
 * brings for its client, so that one Jetty serves both. Requests run on a bounded pool of threads
 * with a bounded queue (beyond it, new requests are refused), request headers are limited in size,
 * and each query runs under the index's time limit, so a slow query holds one thread and never the
 * others. Thread-safe; {@link #close()} stops it.
 */
final class WebServer implements AutoCloseable {

  /** Requests that may wait for a free thread; beyond them new requests are refused. */
  static final int MAX_QUEUED = 256;

  /** The largest request head (request line and headers), in bytes. */
  static final int MAX_REQUEST_HEAD = 32 * 1024;

  /**
   * Threads Jetty itself needs beside the request threads: the acceptor, the selector and one it
   * keeps in reserve to take over selecting while the selector thread runs a request.
   */
  private static final int OWN_THREADS = 3;

  private final Server server;
  private final ServerConnector connector;

  private WebServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts a server on this address (port 0 picks a free one) over an open index.
   *
   * @param threads the requests answered at once
   * @throws IOException if the address cannot be listened on (a port in use, say)
   */
  static WebServer start(
      Workspace workspace, CommuniqueBackend backend, InetSocketAddress address, int threads)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
    QueuedThreadPool pool =
        new QueuedThreadPool(
            threads + OWN_THREADS,
            Math.min(threads + OWN_THREADS, 4),
            60_000,
            new BlockingArrayQueue<>(MAX_QUEUED));
    pool.setName("communique-web");
    pool.setDaemon(true);
    Server server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_REQUEST_HEAD);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getAddress().getHostAddress());
    connector.setPort(address.getPort());
    server.addConnector(connector);
    server.setHandler(
        new WebHandler(
            new ApiHandler(workspace, backend), WebHandler.hostsFor(address.getAddress())));
    server.setStopTimeout(1000);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException(e.getMessage(), e);
    }
    return new WebServer(server, connector);
  }

  /** The address the page is at, such as {@code http://127.0.0.1:8080/}. */
  URI address() {
    String host = connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  /** Stops taking requests, lets those under way finish for up to a second, and stops. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: the process is ending or the test is done.
    }
  }
}
