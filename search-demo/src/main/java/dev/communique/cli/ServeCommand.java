package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code communique serve}: the local web page and its JSON API over one index, embedded or on a
 * cluster, until Ctrl-C. A picocli command: one instance per run, on one thread.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a web page for searching the index in a browser, and its JSON API under /api/"
          + " (search, facets, kwic, trend, similar, who, show/ID, values, export): the same JSON"
          + " as the commands' --json, with parameters named like their options.",
      "Binds to 127.0.0.1 unless --host says otherwise. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand CommuniqueCli root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks one).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other lets"
              + " others reach the index.")
  String host = "127.0.0.1";

  @Option(names = "--open", description = "Open the page in the desktop's browser.")
  boolean open;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Requests answered at once (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  @CommandLine.Mixin IndexOption index = new IndexOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host: unknown address '" + host + "'", e);
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "communique: warning: listening on "
              + host
              + ", not on this machine only: anyone who can reach it can read the whole index");
      err.flush();
    }
    CommuniqueBackend opened = root.indexes().searchable(index, err);
    WebServer server;
    try {
      server =
          WebServer.start(
              root.indexes().workspace(), opened, new InetSocketAddress(address, port), threads);
    } catch (IOException e) {
      Throwable bind = e instanceof BindException ? e : e.getCause();
      if (!(bind instanceof BindException)) {
        throw e;
      }
      throw new IllegalArgumentException(
          "--port " + port + ": cannot listen on " + host + " (" + bind.getMessage() + ")", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stopper =
        new Thread(
            () -> {
              server.close();
              try {
                root.indexes().close();
              } catch (IOException e) {
                err.println("communique: could not close the index: " + e.getMessage());
              }
              err.println("communique: stopped");
              err.flush();
              stopped.countDown();
            },
            "communique-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    URI page = server.address();
    out.println("communique: serving " + opened.count() + " communiqués at " + page);
    out.println("communique: press Ctrl-C to stop");
    out.flush();
    if (open) {
      browse(page, err);
    }
    stopped.await();
    return 0;
  }

  private static void browse(URI page, PrintWriter err) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(page);
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Falls through to the hint below.
    }
    err.println("communique: no desktop browser to open; open " + page + " yourself");
    err.flush();
  }
}
