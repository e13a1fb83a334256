package dev.communique.cli;

import dev.communique.core.search.DatePeriod;
import dev.communique.core.search.SearchFilter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The filter options every reading command shares ({@code --speaker}, {@code --org}, {@code
 * --topic}, {@code --type}, {@code --from}, {@code --to}, {@code --all-copies}), turned into one
 * {@link SearchFilter}. A picocli mixin.
 */
final class FilterOptions {

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description =
          "Only releases with this speaker (whole or part of the name); repeat for any of several.")
  List<String> speakers = new ArrayList<>();

  @Option(
      names = {"--org", "--organization"},
      paramLabel = "NAME",
      description = "Only releases from this organisation; repeatable.")
  List<String> organizations = new ArrayList<>();

  @Option(
      names = "--topic",
      paramLabel = "ID",
      description = "Only releases with this topic (e.g. ukraine, energy-security); repeatable.")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only documents of this type (e.g. press-briefings); repeatable.")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(
      names = "--all-copies",
      description = "Count near-duplicate copies as releases of their own.")
  boolean allCopies;

  /**
   * The filter these options describe.
   *
   * @throws IllegalArgumentException naming the option, if a date is malformed or the span empty
   */
  SearchFilter filter() {
    SearchFilter.Builder builder = SearchFilter.builder().includeCopies(allCopies);
    speakers.forEach(builder::speaker);
    organizations.forEach(builder::organization);
    topics.forEach(builder::topic);
    types.forEach(builder::type);
    if (from != null) {
      builder.from(period("--from", from).start());
    }
    if (to != null) {
      builder.to(period("--to", to).end());
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to, e);
    }
  }

  private static DatePeriod period(String option, String value) {
    try {
      return DatePeriod.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
