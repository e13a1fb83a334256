package dev.communique.indexer.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one extraction sees: the release's title, body, date and type, and the fuller names its text
 * gives surnames, looked up once. Confined to the thread running one extraction.
 */
final class SpeakerContext {
  private final String title;
  private final String body;
  private final LocalDate date;
  private final String type;
  private final Map<String, Optional<String>> names = new HashMap<>();

  SpeakerContext(String title, String body, LocalDate date, String type) {
    this.title = title == null ? "" : title;
    this.body = body == null ? "" : body;
    this.date = date;
    this.type = type == null ? "" : type;
  }

  String title() {
    return title;
  }

  String body() {
    return body;
  }

  LocalDate date() {
    return date;
  }

  String type() {
    return type;
  }

  String all() {
    return title + "\n" + body;
  }

  /** The fuller name the text gives a surname, looked up once per release. */
  Optional<String> fullName(String surname, Function<String, Optional<String>> lookup) {
    return names.computeIfAbsent(surname, lookup);
  }
}
