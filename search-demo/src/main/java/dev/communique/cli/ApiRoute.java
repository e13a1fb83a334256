package dev.communique.cli;

import java.util.ArrayList;
import java.util.Collections;
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
      true,
      Map.of(),
      List.of(),
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
      List.of("--json", "--limit=0"),
      true,
      Map.of("facets", "year,organization,speaker,topic,type"),
      List.of(),
      "q",
      "facets",
      "facet-limit",
      "said-by*"),
  KWIC(
      "kwic",
      "kwic",
      List.of("--format=json"),
      true,
      Map.of(),
      List.of(),
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
      true,
      Map.of("format", "json"),
      List.of("json", "jsonl", "csv", "svg"),
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
  SIMILAR(
      "similar",
      "similar",
      List.of("--json"),
      true,
      Map.of(),
      List.of(),
      "id",
      "limit",
      "passages",
      "markup"),
  WHO("who", "who", List.of("--json"), true, Map.of(), List.of(), "q", "by", "limit"),
  SHOW("show", "show", List.of("--json"), false, Map.of(), List.of(), "id", "turns?"),
  VALUES(
      "values",
      "values",
      List.of("--format=json"),
      false,
      Map.of(),
      List.of(),
      "field",
      "prefix",
      "limit",
      "all-copies?"),
  EXPORT(
      "export",
      "search",
      List.of("--all"),
      true,
      Map.of(),
      List.of("csv", "jsonl"),
      "q",
      "sort",
      "fields",
      "said-by*",
      "format");

  /** The parameters that are positional words of the command rather than options. */
  private static final List<String> POSITIONAL = List.of("q", "id", "field");

  private final String path;
  private final String command;
  private final List<String> fixed;
  private final Map<String, String> defaults;
  private final List<String> formats;
  private final Map<String, Character> parameters;

  /**
   * @param fixed the command's words that every request of the route carries
   * @param filtered whether the route takes the filter parameters
   * @param defaults values of options the request leaves out
   * @param formats the values {@code format} may take; empty when the route takes none or any
   * @param parameters the parameter names, {@code *} after a repeatable one, {@code ?} after a flag
   */
  ApiRoute(
      String path,
      String command,
      List<String> fixed,
      boolean filtered,
      Map<String, String> defaults,
      List<String> formats,
      String... parameters) {
    this.path = path;
    this.command = command;
    this.fixed = fixed;
    this.defaults = defaults;
    this.formats = formats;
    Map<String, Character> kinds = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(List.of(parameters));
    if (filtered) {
      all.addAll(filters());
    }
    for (String p : all) {
      char last = p.charAt(p.length() - 1);
      boolean marked = last == '*' || last == '?';
      kinds.put(marked ? p.substring(0, p.length() - 1) : p, marked ? last : '=');
    }
    this.parameters = Collections.unmodifiableMap(kinds);
  }

  /** The filter parameters (a method: an enum's constructor cannot read its static fields). */
  private static List<String> filters() {
    return List.of("speaker*", "org*", "topic*", "type*", "from", "to", "all-copies?");
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

  /** Whether a large answer streams (a download of every hit) rather than being held back. */
  boolean streams() {
    return this == EXPORT;
  }

  /**
   * The command line words for a request with these parameters. Each option is written as {@code
   * --name=value}, so that no value, whatever it holds, is ever read as another option.
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
        values.forEach(value -> words.add("--" + name + "=" + value));
      }
    }
    defaults.forEach(
        (name, value) -> {
          if (!request.containsKey(name)) {
            words.add("--" + name + "=" + value);
          }
        });
    checkFormat(request);
    if (positional.isEmpty() && POSITIONAL.stream().anyMatch(this::requires)) {
      String missing = POSITIONAL.stream().filter(this::requires).findFirst().orElseThrow();
      throw new IllegalArgumentException("parameter '" + missing + "' is required");
    }
    // After "--" a word is never an option, so a query such as "-Taiwan" stays a query.
    words.add("--");
    positional.stream().filter(w -> !w.isBlank()).forEach(words::add);
    return words;
  }

  /** Whether the route's command needs this positional parameter (its id or field). */
  private boolean requires(String positional) {
    return !positional.equals("q") && parameters.containsKey(positional);
  }

  private void checkFormat(Map<String, List<String>> request) {
    if (this == EXPORT && !request.containsKey("format")) {
      throw new IllegalArgumentException("parameter 'format' is required: csv or jsonl");
    }
    if (request.containsKey("format") && !formats.isEmpty()) {
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
        request
            .getOrDefault("format", List.of(defaults.getOrDefault("format", "json")))
            .get(0)
            .toLowerCase(Locale.ROOT)
            .strip();
    return switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "jsonl" -> "application/x-ndjson; charset=utf-8";
      case "svg" -> "image/svg+xml; charset=utf-8";
      default -> "application/json; charset=utf-8";
    };
  }

  /** Whether a response is a download, with the file name to save it under. */
  Optional<String> attachment(Map<String, List<String>> request) {
    if (!streams()) {
      return Optional.empty();
    }
    String format = request.get("format").get(0).toLowerCase(Locale.ROOT).strip();
    return Optional.of("communique-export." + format);
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
