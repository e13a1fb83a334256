package dev.communique.cli;

import java.util.Locale;

/** How a command writes its results: for people, or as JSON, JSON Lines or CSV. */
enum ExportFormat {
  TEXT,
  JSON,
  JSONL,
  CSV;

  /**
   * The format named {@code text}, {@code json}, {@code jsonl} or {@code csv}.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  static ExportFormat parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      case "jsonl", "ndjson" -> JSONL;
      case "csv" -> CSV;
      default ->
          throw new IllegalArgumentException(
              "--format: unknown format '" + name + "' (expected text, json, jsonl or csv)");
    };
  }
}
