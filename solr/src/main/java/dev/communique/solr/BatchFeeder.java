package dev.communique.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 * transient reason (a node down, a timeout, a 5xx or 429 answer) is sent again after a growing
 * pause; one that Solr refuses as bad (400) is split and its documents sent one by one, so that
 * only the bad ones are lost, each with Solr's reason. Any other failure stops the run: the next
 * {@link #add} or {@link #flush()} throws it.
 *
 * <p>Thread-safe: any number of threads may add documents; {@link #flush()} waits for every batch
 * cut before it, from any thread.
 */
final class BatchFeeder implements AutoCloseable {

  /** The batch size, the batches in flight at most, and the retry policy. */
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
  private int outstanding;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final List<String> rejected = new ArrayList<>();
  private volatile IOException failure;

  BatchFeeder(SolrClient client, String collection, Settings settings) {
    this.client = client;
    this.collection = collection;
    this.settings = settings;
    this.senders =
        Executors.newFixedThreadPool(
            settings.inFlight(),
            task -> {
              Thread thread = new Thread(task, "communique-solr-feeder");
              thread.setDaemon(true);
              return thread;
            });
    this.slots = new Semaphore(settings.inFlight());
  }

  /** Queues a document, sending a batch when one is full. */
  void add(SolrInputDocument doc) throws IOException {
    rethrow();
    List<SolrInputDocument> full = null;
    synchronized (lock) {
      pending.add(doc);
      if (pending.size() >= settings.batchSize()) {
        full = cut();
      }
    }
    if (full != null) {
      submit(full);
    }
  }

  /** Sends what is queued and waits until every batch cut so far is answered. */
  void flush() throws IOException {
    List<SolrInputDocument> rest;
    synchronized (lock) {
      rest = pending.isEmpty() ? null : cut();
    }
    if (rest != null) {
      submit(rest);
    }
    synchronized (lock) {
      try {
        while (outstanding > 0) {
          lock.wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for Solr", e);
      }
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
            "Solr: %d documents sent, %d accepted, %d retries, %d rejected",
            sent.get(),
            accepted.get(),
            retries.get(),
            notes.size()));
    return notes;
  }

  /** Takes the pending documents as a batch; the caller holds the lock. */
  private List<SolrInputDocument> cut() {
    List<SolrInputDocument> batch = pending;
    pending = new ArrayList<>();
    outstanding++;
    return batch;
  }

  private void done() {
    synchronized (lock) {
      outstanding--;
      lock.notifyAll();
    }
  }

  private void submit(List<SolrInputDocument> batch) throws IOException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      done();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr", e);
    }
    sent.addAndGet(batch.size());
    try {
      senders.execute(
          () -> {
            try {
              send(batch);
            } catch (IOException e) {
              failure = e;
            } catch (RuntimeException e) {
              failure = new IOException("Solr: " + firstLine(e), e);
            } finally {
              slots.release();
              done();
            }
          });
    } catch (RejectedExecutionException e) {
      slots.release();
      done();
      throw new IOException("the Solr feeder is closed", e);
    }
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    try {
      withRetries(batch);
      accepted.addAndGet(batch.size());
    } catch (SolrException e) {
      if (e.code() != SolrException.ErrorCode.BAD_REQUEST.code) {
        throw new IOException("Solr refused a batch: " + firstLine(e), e);
      }
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
        if (!transientCode(e.code())) {
          throw e;
        }
        if (attempt >= settings.attempts()) {
          throw new IOException(
              "Solr kept failing after " + attempt + " attempts: " + firstLine(e), e);
        }
      } catch (SolrServerException | IOException e) {
        if (attempt >= settings.attempts()) {
          throw new IOException(
              "Solr kept failing after " + attempt + " attempts: " + firstLine(e), e);
        }
      }
      retries.incrementAndGet();
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
