package dev.communique.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One communiqué: a press release, statement, readout, joint communiqué or briefing, with the
 * metadata researchers filter on.
 *
 * <p>Only {@code id} and {@code body} are required. {@code date} may be {@code null} (then {@code
 * datePrecision} is {@code null} too and {@code dateSource} is {@link DateSource#NONE}); a date is
 * stored as the first day of its period with a {@link DatePrecision} saying how much of it is
 * known. Lists are never {@code null} and are unmodifiable copies.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param id stable identifier, derived from the source so that re-indexing updates in place
 * @param title the headline
 * @param organization the issuing organisation, such as "NATO" or "United States"
 * @param speakers canonical names of the people whose words the communiqué carries
 * @param roles the roles those people speak in, such as "Secretary General"
 * @param date the first day of the period the communiqué is dated to, or {@code null}
 * @param datePrecision how much of {@code date} is known, or {@code null} without a date
 * @param dateSource where the date came from
 * @param type the kind of document, such as "statements-releases" or "press-briefings"
 * @param topics topic ids from the topic vocabulary, most weighty first
 * @param body the text, with markup and republisher footers removed
 * @param source where it was read from: a file path or a URL
 */
public record Communique(
    String id,
    String title,
    String organization,
    List<String> speakers,
    List<String> roles,
    LocalDate date,
    DatePrecision datePrecision,
    DateSource dateSource,
    String type,
    List<String> topics,
    String body,
    String source) {

  /** Validates and copies the lists. */
  public Communique {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    title = title == null ? "" : title;
    organization = organization == null ? "" : organization;
    speakers = List.copyOf(speakers == null ? List.of() : speakers);
    roles = List.copyOf(roles == null ? List.of() : roles);
    topics = List.copyOf(topics == null ? List.of() : topics);
    type = type == null ? "" : type;
    body = body == null ? "" : body;
    source = source == null ? "" : source;
    if (date == null) {
      datePrecision = null;
      dateSource = DateSource.NONE;
    } else {
      datePrecision = datePrecision == null ? DatePrecision.DAY : datePrecision;
      date = datePrecision.periodStart(date);
      dateSource = dateSource == null ? DateSource.METADATA : dateSource;
    }
  }

  /** The date rendered to its precision ({@code 2023-11-29}, {@code 2023-11} or {@code 2023}). */
  public String formattedDate() {
    return date == null ? "" : datePrecision.format(date);
  }

  /** A builder for a communiqué with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder pre-filled with this communiqué's values, for making a changed copy. */
  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .organization(organization)
        .speakers(speakers)
        .roles(roles)
        .date(date, datePrecision, dateSource)
        .type(type)
        .topics(topics)
        .body(body)
        .source(source);
  }

  /** Collects a communiqué's values. Not thread-safe; build one per thread. */
  public static final class Builder {
    private String id;
    private String title = "";
    private String organization = "";
    private List<String> speakers = new ArrayList<>();
    private List<String> roles = new ArrayList<>();
    private LocalDate date;
    private DatePrecision datePrecision;
    private DateSource dateSource = DateSource.NONE;
    private String type = "";
    private List<String> topics = new ArrayList<>();
    private String body = "";
    private String source = "";

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the id. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Sets the title. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** Sets the issuing organisation. */
    public Builder organization(String value) {
      this.organization = value;
      return this;
    }

    /** Sets the speakers' canonical names. */
    public Builder speakers(List<String> value) {
      this.speakers = new ArrayList<>(value);
      return this;
    }

    /** Sets the speakers' roles. */
    public Builder roles(List<String> value) {
      this.roles = new ArrayList<>(value);
      return this;
    }

    /** Sets a day-precision date taken from metadata. */
    public Builder date(LocalDate value) {
      return date(value, DatePrecision.DAY, DateSource.METADATA);
    }

    /** Sets the date with its precision and where it came from; {@code null} clears it. */
    public Builder date(LocalDate value, DatePrecision precision, DateSource from) {
      this.date = value;
      this.datePrecision = precision;
      this.dateSource = from;
      return this;
    }

    /** Sets the document type. */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /** Sets the topic ids. */
    public Builder topics(List<String> value) {
      this.topics = new ArrayList<>(value);
      return this;
    }

    /** Sets the body text. */
    public Builder body(String value) {
      this.body = value;
      return this;
    }

    /** Sets the source path or URL. */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /** Builds the immutable communiqué. */
    public Communique build() {
      return new Communique(
          id,
          title,
          organization,
          speakers,
          roles,
          date,
          datePrecision,
          dateSource,
          type,
          topics,
          body,
          source);
    }
  }
}
