package dev.communique.core.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A dimension communiqués can be counted by: a period of their date, or a metadata field. Undated
 * communiqués are not counted by year or month; a communiqué with no value of a field is not
 * counted by that field.
 */
public enum FacetField {
  /** The year of the date (year-only dates included). */
  YEAR,
  /**
   * The month of the date ({@code 2023-04}); communiqués whose date is known to the year only (such
   * as UN General Debate statements) are counted under the value {@code "year only"}.
   */
  MONTH,
  /** The issuing organisation. */
  ORGANIZATION,
  /** The speakers, each person once per communiqué. */
  SPEAKER,
  /** The speakers' roles. */
  ROLE,
  /** The topic ids. */
  TOPIC,
  /** The document type. */
  TYPE;

  /** The lower-case name used on the command line and in JSON, such as {@code speaker}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The field named {@code year}, {@code month}, {@code organization} (or {@code org}), {@code
   * speaker}, {@code role}, {@code topic} or {@code type}, in any case.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static FacetField parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "org", "organisation", "organization" -> ORGANIZATION;
      case "speakers" -> SPEAKER;
      case "roles" -> ROLE;
      case "topics" -> TOPIC;
      case "types" -> TYPE;
      default -> {
        for (FacetField f : values()) {
          if (f.label().equals(n)) {
            yield f;
          }
        }
        throw new IllegalArgumentException(
            "unknown facet '"
                + name
                + "' (expected "
                + Arrays.stream(values()).map(FacetField::label).collect(Collectors.joining(", "))
                + ")");
      }
    };
  }

  /**
   * This field's values for one communiqué, each once, exactly as facet counts label them: what
   * another search engine indexes so that its counts match the embedded index's.
   */
  public java.util.List<String> valuesOf(dev.communique.core.Communique communique) {
    java.time.LocalDate date = communique.date();
    return switch (this) {
      case YEAR ->
          date == null ? java.util.List.of() : java.util.List.of(Integer.toString(date.getYear()));
      case MONTH ->
          date == null
              ? java.util.List.of()
              : java.util.List.of(
                  communique.datePrecision() == dev.communique.core.DatePrecision.YEAR
                      ? FieldTally.YEAR_ONLY
                      : java.time.YearMonth.from(date).toString());
      case ORGANIZATION ->
          communique.organization().isBlank()
              ? java.util.List.of()
              : java.util.List.of(communique.organization());
      case SPEAKER -> distinct(communique.speakers());
      case ROLE -> distinct(communique.roles());
      case TOPIC ->
          distinct(
              communique.topics().stream()
                  .map(dev.communique.core.schema.CommuniqueSchema::keyword)
                  .toList());
      case TYPE ->
          communique.type().isBlank()
              ? java.util.List.of()
              : java.util.List.of(
                  dev.communique.core.schema.CommuniqueSchema.keyword(communique.type()));
    };
  }

  private static java.util.List<String> distinct(java.util.List<String> values) {
    return java.util.List.copyOf(new java.util.LinkedHashSet<>(values));
  }
}
