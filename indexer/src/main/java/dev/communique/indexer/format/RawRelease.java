package dev.communique.indexer.format;

import dev.communique.core.DatePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A release as a format reader found it, before metadata extraction: whatever fields the source
 * states, and {@code null} or empty for the rest, which the extractor fills in from the text.
 * Immutable and thread-safe; build one with {@link #builder(String, String)}.
 *
 * @param id the stable id the source gives or implies
 * @param source the file path or URL, as shown to users
 * @param location where it was read, for messages: {@code file} or {@code file:line}
 * @param title the title, or {@code null}
 * @param organization the issuing organisation, or {@code null}
 * @param speakers speaker names the source states (not yet resolved), possibly empty
 * @param roles roles the source states, possibly empty
 * @param date the date the source states, or {@code null}
 * @param datePrecision the precision of {@code date}
 * @param type the document type the source states, or {@code null}
 * @param topics topics the source states, possibly empty
 * @param body the body text, markup removed
 * @param fileName the file's name, which may carry a date
 * @param path the file indexed, as its real path (links resolved), or empty when there is none
 */
public record RawRelease(
    String id,
    String source,
    String location,
    String title,
    String organization,
    List<String> speakers,
    List<String> roles,
    LocalDate date,
    DatePrecision datePrecision,
    String type,
    List<String> topics,
    String body,
    String fileName,
    String path) {

  /** Copies lists. */
  public RawRelease {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    location = location == null ? source : location;
    speakers = List.copyOf(speakers);
    roles = List.copyOf(roles);
    topics = List.copyOf(topics);
    body = body == null ? "" : body;
    fileName = fileName == null ? "" : fileName;
    path = path == null ? "" : path;
  }

  /** A builder for the release with this id from this source. */
  public static Builder builder(String id, String source) {
    return new Builder(id, source);
  }

  /** Collects a raw release. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String source;
    private String location;
    private String title;
    private String organization;
    private final List<String> speakers = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private LocalDate date;
    private DatePrecision datePrecision;
    private String type;
    private final List<String> topics = new ArrayList<>();
    private String body = "";
    private String fileName = "";
    private String path = "";

    private Builder(String id, String source) {
      this.id = id;
      this.source = source;
    }

    /** Sets where it was read, for messages. */
    public Builder location(String value) {
      this.location = value;
      return this;
    }

    /** Sets the stated title. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** Sets the stated organisation. */
    public Builder organization(String value) {
      this.organization = value;
      return this;
    }

    /** Adds a stated speaker. */
    public Builder speaker(String value) {
      if (value != null && !value.isBlank()) {
        speakers.add(value.strip());
      }
      return this;
    }

    /** Adds a stated role. */
    public Builder role(String value) {
      if (value != null && !value.isBlank()) {
        roles.add(value.strip());
      }
      return this;
    }

    /** Sets the stated date and its precision. */
    public Builder date(LocalDate value, DatePrecision precision) {
      this.date = value;
      this.datePrecision = precision;
      return this;
    }

    /** Sets the stated document type. */
    public Builder type(String value) {
      this.type = value;
      return this;
    }

    /** Adds a stated topic. */
    public Builder topic(String value) {
      if (value != null && !value.isBlank()) {
        topics.add(value.strip());
      }
      return this;
    }

    /** Sets the body text. */
    public Builder body(String value) {
      this.body = value;
      return this;
    }

    /** Sets the file name. */
    public Builder fileName(String value) {
      this.fileName = value;
      return this;
    }

    /** Sets the file indexed, as its real path. */
    public Builder path(String value) {
      this.path = value;
      return this;
    }

    /** Builds the immutable raw release. */
    public RawRelease build() {
      return new RawRelease(
          id,
          source,
          location,
          title,
          organization,
          speakers,
          roles,
          date,
          datePrecision,
          type,
          topics,
          body,
          fileName,
          path);
    }
  }
}
