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
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}; the constructor is private
 * so that fields can be added without breaking callers.
 */
public final class Communique {
  private final String id;
  private final String title;
  private final String organization;
  private final List<String> speakers;
  private final List<String> roles;
  private final LocalDate date;
  private final DatePrecision datePrecision;
  private final DateSource dateSource;
  private final String type;
  private final List<String> topics;
  private final String body;
  private final String source;
  private final String path;
  private final boolean titleDerived;
  private final List<String> unresolvedSpeakers;
  private final List<Turn> turns;

  private Communique(Builder b) {
    Objects.requireNonNull(b.id, "id");
    if (b.id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    this.id = b.id;
    this.title = b.title == null ? "" : b.title;
    this.organization = b.organization == null ? "" : b.organization;
    this.speakers = List.copyOf(b.speakers == null ? List.of() : b.speakers);
    this.roles = List.copyOf(b.roles == null ? List.of() : b.roles);
    this.topics = List.copyOf(b.topics == null ? List.of() : b.topics);
    this.type = b.type == null ? "" : b.type;
    this.body = b.body == null ? "" : b.body;
    this.source = b.source == null ? "" : b.source;
    this.path = b.path == null ? "" : b.path;
    this.titleDerived = b.titleDerived;
    this.unresolvedSpeakers =
        List.copyOf(b.unresolvedSpeakers == null ? List.of() : b.unresolvedSpeakers);
    this.turns = List.copyOf(b.turns == null ? List.of() : b.turns);
    if (b.date == null) {
      this.date = null;
      this.datePrecision = null;
      this.dateSource = DateSource.NONE;
    } else {
      this.datePrecision = b.datePrecision == null ? DatePrecision.DAY : b.datePrecision;
      this.date = this.datePrecision.periodStart(b.date);
      this.dateSource = b.dateSource == null ? DateSource.METADATA : b.dateSource;
    }
  }

  /** The stable identifier, derived from the source so that re-indexing updates in place. */
  public String id() {
    return id;
  }

  /** The headline, or empty. */
  public String title() {
    return title;
  }

  /** The issuing organisation, such as "NATO" or "United States", or empty. */
  public String organization() {
    return organization;
  }

  /** Canonical names of the people whose words the communiqué carries. */
  public List<String> speakers() {
    return speakers;
  }

  /** The roles those people speak in, such as "Secretary General". */
  public List<String> roles() {
    return roles;
  }

  /**
   * The speakers whose names are kept as the release wrote them because nothing made the full name
   * certain (a bare surname the registry and the text do not complete); a subset of {@link
   * #speakers()}, empty when every speaker is resolved.
   */
  public List<String> unresolvedSpeakers() {
    return unresolvedSpeakers;
  }

  /** Whether every speaker's name is resolved to a full, certain name. */
  public boolean speakersResolved() {
    return unresolvedSpeakers.isEmpty();
  }

  /** The first day of the period the communiqué is dated to, or {@code null}. */
  public LocalDate date() {
    return date;
  }

  /** How much of {@link #date()} is known, or {@code null} without a date. */
  public DatePrecision datePrecision() {
    return datePrecision;
  }

  /** Where the date came from. */
  public DateSource dateSource() {
    return dateSource;
  }

  /** The kind of document, such as "statements-releases" or "press-briefings", or empty. */
  public String type() {
    return type;
  }

  /** Topic ids from the topic vocabulary, most weighty first. */
  public List<String> topics() {
    return topics;
  }

  /** The text, with markup and republisher footers removed. */
  public String body() {
    return body;
  }

  /** Where it came from: its URL where it has one, else the file path. */
  public String source() {
    return source;
  }

  /** The local file that was indexed, or empty when it came from no file. */
  public String path() {
    return path;
  }

  /**
   * Whether the title was derived from the text (its first sentence, cut at a word boundary)
   * because the source has no title or headline.
   */
  public boolean titleDerived() {
    return titleDerived;
  }

  /**
   * The turns of its body, in text order: who speaks which span (empty when none was found, and for
   * releases indexed without turns).
   */
  public List<Turn> turns() {
    return turns;
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
        .source(source)
        .path(path)
        .titleDerived(titleDerived)
        .unresolvedSpeakers(unresolvedSpeakers)
        .turns(turns);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Communique c
        && id.equals(c.id)
        && title.equals(c.title)
        && organization.equals(c.organization)
        && speakers.equals(c.speakers)
        && roles.equals(c.roles)
        && Objects.equals(date, c.date)
        && datePrecision == c.datePrecision
        && dateSource == c.dateSource
        && type.equals(c.type)
        && topics.equals(c.topics)
        && body.equals(c.body)
        && source.equals(c.source)
        && path.equals(c.path)
        && titleDerived == c.titleDerived
        && unresolvedSpeakers.equals(c.unresolvedSpeakers)
        && turns.equals(c.turns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, organization, speakers, roles, date, type, topics, body, source);
  }

  @Override
  public String toString() {
    return "Communique[id=" + id + ", title=" + title + ", date=" + formattedDate() + "]";
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
    private String path = "";
    private boolean titleDerived;
    private List<String> unresolvedSpeakers = new ArrayList<>();
    private List<Turn> turns = new ArrayList<>();

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

    /** Sets the local file that was indexed. */
    public Builder path(String value) {
      this.path = value;
      return this;
    }

    /** Marks the title as derived from the text rather than stated by the source. */
    public Builder titleDerived(boolean value) {
      this.titleDerived = value;
      return this;
    }

    /**
     * Sets the speakers, among {@link #speakers(List)}, whose names could not be made certain (a
     * bare surname neither the registry nor the text completes).
     */
    public Builder unresolvedSpeakers(List<String> value) {
      this.unresolvedSpeakers = new ArrayList<>(value);
      return this;
    }

    /** Sets the turns of the body, in text order. */
    public Builder turns(List<Turn> value) {
      this.turns = new ArrayList<>(value);
      return this;
    }

    /** Builds the immutable communiqué. */
    public Communique build() {
      return new Communique(this);
    }
  }
}
