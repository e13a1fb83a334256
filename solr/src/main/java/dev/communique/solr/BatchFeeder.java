package dev.communique.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Sends documents to a collection in batches, several at once, with backpressure: a caller adding
 * documents waits while as many batches as it allows are in flight. A batch that fails for a
 * transient reason (a node down, a timeout, a 5xx answer) is sent again after a growing pause; one
 * that Solr rejects as bad is split and its documents sent one by one, so that only the bad ones
 * are lost, each with Solr's reason.
 *
 * <p>Thread-safe: any number of threads may add documents; {@link #flush()} waits for every batch
 * added before it.
 */
final class BatchFeeder implements AutoCloseable {

  /** What a feeder needs to know: the collection, the batch size and the retry policy. */
  record Settings(int batchSize, int inFlight, int attempts, long firstPauseMillis) {
    static final Settings DEFAULT = new Settings(250, 4, 8, 250);
  }

  private final SolrClient client;
  private final String collection;
  private final Settings settings;
  private final ExecutorService senders;
  private final Semaphore slots;
  private final Object lock = new Object();
  private List<SolrInputDocument> pending = new ArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final List<String> rejected = new ArrayList<>();
  private volatile IOException failure;

  BatchFeeder(SolrClient client, String collection, Settings settings) {
    this.client = client;
    this.collection = collection;
    this.settings = settings;
    this.senders = Executors.newFixedThreadPool(settings.inFlight());
    this.slots = new Semaphore(settings.inFlight());
  }

  /** Queues a document, sending a batch when one is full. */
  void add(SolrInputDocument doc) throws IOException {
    rethrow();
    List<SolrInputDocument> full = null;
    synchronized (lock) {
      pending.add(doc);
      if (pending.size() >= settings.batchSize()) {
        full = pending;
        pending = new ArrayList<>();
      }
    }
    if (full != null) {
      submit(full);
    }
  }

  /** Sends what is queued and waits until every batch so far is answered. */
  void flush() throws IOException {
    List<SolrInputDocument> rest;
    synchronized (lock) {
      rest = pending;
      pending = new ArrayList<>();
    }
    if (!rest.isEmpty()) {
      submit(rest);
    }
    try {
      slots.acquire(settings.inFlight());
      slots.release(settings.inFlight());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr", e);
    }
    rethrow();
  }

  /** The number of documents Solr rejected so far. */
  int rejectedCount() {
    synchronized (rejected) {
      return rejected.size();
    }
  }

  /** Lines saying what was sent, accepted, retried and rejected. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    synchronized (rejected) {
      notes.addAll(rejected);
    }
    notes.add(
        String.format(
            java.util.Locale.ROOT,
            "Solr: %d documents sent, %d accepted, %d batches retried, %d rejected",
            sent.get(),
            accepted.get(),
            retried.get(),
            notes.size()));
    return notes;
  }

  private void submit(List<SolrInputDocument> batch) throws IOException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr", e);
    }
    sent.addAndGet(batch.size());
    senders.execute(
        () -> {
          try {
            send(batch);
          } catch (IOException e) {
            failure = e;
          } finally {
            slots.release();
          }
        });
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    try {
      withRetries(batch);
      accepted.addAndGet(batch.size());
    } catch (SolrException e) {
      if (batch.size() == 1) {
        reject(batch.get(0), e);
        return;
      }
      for (SolrInputDocument doc : batch) {
        send(List.of(doc));
      }
    }
  }

  private void withRetries(List<SolrInputDocument> batch) throws IOException {
    long pause = settings.firstPauseMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        client.add(collection, batch);
        return;
      } catch (SolrException e) {
        if (!transientCode(e.code()) || attempt >= settings.attempts()) {
          if (transientCode(e.code())) {
            throw new IOException(
                "Solr kept failing after " + attempt + " attempts: " + firstLine(e), e);
          }
          throw e;
        }
      } catch (SolrServerException | IOException e) {
        if (attempt >= settings.attempts()) {
          throw new IOException(
              "Solr kept failing after " + attempt + " attempts: " + firstLine(e), e);
        }
      }
      retried.incrementAndGet();
      sleep(pause);
      pause = Math.min(pause * 2, 10_000);
    }
  }

  private static boolean transientCode(int code) {
    return code >= 500 || code == 429 || code == 408 || code <= 0;
  }

  private void reject(SolrInputDocument doc, SolrException e) {
    Object path = doc.getFieldValue(dev.communique.core.schema.CommuniqueSchema.PATH);
    Object id = doc.getFieldValue(dev.communique.core.schema.CommuniqueSchema.ID);
    String where = path == null ? String.valueOf(id) : path + " (" + id + ")";
    synchronized (rejected) {
      rejected.add("skipped " + where + ": Solr rejected it: " + firstLine(e));
    }
  }

  static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }

  private void rethrow() throws IOException {
    IOException e = failure;
    if (e != null) {
      throw e;
    }
  }

  @Override
  public void close() {
    senders.shutdown();
    try {
      senders.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
