package dev.communique.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints of the web server's JSON API and the command each one runs. A request's parameters
 * are named like the command's options ({@code speaker}, {@code said-by}, {@code from}, …) and are
 * turned into that command's words, so that the API answers exactly what the command prints with
 * {@code --json}. Only the parameters listed here are accepted: none names a file, an index or a
 * limit, which the server alone sets. Immutable.
 */
enum ApiRoute {
  SEARCH(
      "search",
      "search",
      List.of("--json"),
      "q",
      "sort",
      "limit",
      "offset",
      "passages",
      "passage-length",
      "facets",
      "facet-limit",
      "explain?",
      "markup",
      "said-by*"),
  FACETS(
      "facets",
      "search",
      List.of("--json", "--limit", "0"),
      "q",
      "facets",
      "facet-limit",
      "said-by*"),
  KWIC(
      "kwic",
      "kwic",
      List.of("--format", "json"),
      "q",
      "window",
      "sort",
      "limit",
      "markup",
      "said-by*"),
  TREND(
      "trend",
      "trend",
      List.of(),
      "q",
      "by",
      "group",
      "top",
      "count",
      "normalize?",
      "said-by*",
      "format",
      "width",
      "height"),
  SIMILAR("similar", "similar", List.of("--json"), "id", "limit", "passages", "markup"),
  WHO("who", "who", List.of("--json"), "q", "by", "limit"),
  SHOW("show", "show", List.of("--json"), "id", "turns?"),
  VALUES("values", "values", List.of("--format", "json"), "field", "prefix", "limit"),
  EXPORT("export", "search", List.of("--all"), "q", "sort", "fields", "said-by*", "format");

  /**
   * The filter parameters of every route that runs a query (not {@code show} and {@code values}).
   */
  private static final class Filters {
    static final List<String> NAMES =
        List.of("speaker*", "org*", "topic*", "type*", "from", "to", "all-copies?");
  }

  /** The parameters that are positional words of the command rather than options. */
  private static final List<String> POSITIONAL = List.of("q", "id", "field");

  /** The facets {@code /api/facets} counts when the request names none. */
  static final String DEFAULT_FACETS = "year,organization,speaker,topic,type";

  private final String path;
  private final String command;
  private final List<String> fixed;
  private final Map<String, Character> parameters;

  ApiRoute(String path, String command, List<String> fixed, String... parameters) {
    this.path = path;
    this.command = command;
    this.fixed = fixed;
    Map<String, Character> kinds = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(List.of(parameters));
    if (!path.equals("show") && !path.equals("values")) {
      all.addAll(Filters.NAMES);
    }
    if (path.equals("values")) {
      all.add("all-copies?");
    }
    for (String p : all) {
      char last = p.charAt(p.length() - 1);
      boolean marked = last == '*' || last == '?';
      kinds.put(marked ? p.substring(0, p.length() - 1) : p, marked ? last : '=');
    }
    this.parameters = kinds;
  }

  /** The route under {@code /api/} with this name, if any. */
  static Optional<ApiRoute> named(String name) {
    for (ApiRoute route : values()) {
      if (route.path.equals(name)) {
        return Optional.of(route);
      }
    }
    return Optional.empty();
  }

  /** The path under {@code /api/}. */
  String path() {
    return path;
  }

  /** The names of the parameters this route takes, in order. */
  List<String> parameterNames() {
    return List.copyOf(parameters.keySet());
  }

  /**
   * The command line words for a request with these parameters.
   *
   * @throws IllegalArgumentException naming an unknown, repeated or missing parameter
   */
  List<String> words(Map<String, List<String>> request) {
    List<String> words = new ArrayList<>();
    words.add(command);
    words.addAll(fixed);
    List<String> positional = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : request.entrySet()) {
      String name = e.getKey();
      Character kind = parameters.get(name);
      if (kind == null) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + name
                + "' for /api/"
                + path
                + " (valid: "
                + String.join(", ", parameters.keySet())
                + ")");
      }
      List<String> values = e.getValue();
      if (kind != '*' && values.size() > 1) {
        throw new IllegalArgumentException("parameter '" + name + "' is given more than once");
      }
      if (POSITIONAL.contains(name)) {
        positional.addAll(values);
      } else if (kind == '?') {
        if (flag(name, values.get(0))) {
          words.add("--" + name);
        }
      } else {
        for (String value : values) {
          words.add("--" + name);
          words.add(value);
        }
      }
    }
    addDefaults(request, words);
    if (positional.isEmpty() && (path.equals("show") || path.equals("similar"))) {
      throw new IllegalArgumentException("parameter 'id' is required");
    }
    if (positional.isEmpty() && path.equals("values")) {
      throw new IllegalArgumentException("parameter 'field' is required");
    }
    // After "--" a word is never an option, so a query such as "-Taiwan" stays a query.
    words.add("--");
    positional.stream().filter(w -> !w.isBlank()).forEach(words::add);
    return words;
  }

  /** The options this route adds when the request leaves them out. */
  private void addDefaults(Map<String, List<String>> request, List<String> words) {
    if (this == FACETS && !request.containsKey("facets")) {
      words.add("--facets");
      words.add(DEFAULT_FACETS);
    }
    if (this == TREND && !request.containsKey("format")) {
      words.add("--format");
      words.add("json");
    }
    if (this == EXPORT && !request.containsKey("format")) {
      throw new IllegalArgumentException("parameter 'format' is required: csv or jsonl");
    }
    List<String> formats =
        switch (this) {
          case EXPORT -> List.of("csv", "jsonl");
          case TREND -> List.of("json", "jsonl", "csv", "svg");
          default -> List.of();
        };
    if (request.containsKey("format")) {
      String format = request.get("format").get(0).strip().toLowerCase(Locale.ROOT);
      if (!formats.contains(format)) {
        throw new IllegalArgumentException(
            "parameter 'format' must be "
                + String.join(" or ", formats)
                + ", not '"
                + format
                + "'");
      }
    }
  }

  /** The response's content type for a request's format. */
  String contentType(Map<String, List<String>> request) {
    String format =
        request.getOrDefault("format", List.of("json")).get(0).toLowerCase(Locale.ROOT).strip();
    return switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "jsonl", "ndjson" -> "application/x-ndjson; charset=utf-8";
      case "svg" -> "image/svg+xml; charset=utf-8";
      default -> "application/json; charset=utf-8";
    };
  }

  /** Whether a response is a download, with the file name to save it under. */
  Optional<String> attachment(Map<String, List<String>> request) {
    if (this != EXPORT) {
      return Optional.empty();
    }
    String format = request.get("format").get(0).toLowerCase(Locale.ROOT).strip();
    return Optional.of("communique-export." + (format.equals("csv") ? "csv" : "jsonl"));
  }

  private static boolean flag(String name, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "1", "on", "yes" -> true;
      case "false", "0", "off", "no" -> false;
      default ->
          throw new IllegalArgumentException(
              "parameter '" + name + "' must be true or false, not '" + value + "'");
    };
  }
}
