package dev.communique.core.search;

import java.util.List;

/**
 * Who talks about a query: the people whose turns match it, ranked as the request asks, and
 * reporters' questions counted apart, never among the people. Immutable and thread-safe; made by
 * the search.
 */
public final class WhoResult {
  private final WhoRequest request;
  private final List<SpeakerCount> people;
  private final long speakers;
  private final SpeakerCount questions;

  WhoResult(WhoRequest request, List<SpeakerCount> people, long speakers, SpeakerCount questions) {
    this.request = request;
    this.people = List.copyOf(people);
    this.speakers = speakers;
    this.questions = questions;
  }

  /** The request answered. */
  public WhoRequest request() {
    return request;
  }

  /** The people, best first, at most the request's limit. */
  public List<SpeakerCount> people() {
    return people;
  }

  /** How many people have a matching turn, listed or not. */
  public long speakers() {
    return speakers;
  }

  /** Reporters' questions that match (speaker {@link dev.communique.core.Turn#QUESTION}). */
  public SpeakerCount questions() {
    return questions;
  }
}
