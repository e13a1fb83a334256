package dev.communique.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a query means beyond its words, applied at query time without reindexing: groups of
 * equivalent terms and phrases ("Kyiv", "Kiev"), and speaker aliases mapped to the canonical name
 * the index stores ("Joseph R. Biden" to "Joe Biden"). Core reads no files; the indexer loads one
 * from the editable vocabulary.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; {@link #empty()} knows nothing.
 */
public final class QueryVocabulary {

  private static final QueryVocabulary EMPTY = builder().build();

  private final List<List<String>> groups;
  private final Map<String, List<String>> groupByMember;
  private final Map<String, String> speakerByAlias;

  private QueryVocabulary(Builder b) {
    this.groups = List.copyOf(b.groups);
    Map<String, List<String>> byMember = new HashMap<>();
    for (List<String> group : groups) {
      for (String member : group) {
        byMember.putIfAbsent(key(member), group);
      }
    }
    this.groupByMember = Map.copyOf(byMember);
    this.speakerByAlias = Map.copyOf(b.speakers);
  }

  /** A vocabulary with no synonyms and no aliases: queries mean what they say. */
  public static QueryVocabulary empty() {
    return EMPTY;
  }

  /** A builder for a vocabulary. */
  public static Builder builder() {
    return new Builder();
  }

  /** The synonym groups, each a list of equivalent terms or phrases as written. */
  public List<List<String>> synonymGroups() {
    return groups;
  }

  /**
   * The group a word or phrase belongs to (matched ignoring case, accents and extra spaces), or
   * empty if it is in none.
   */
  public Optional<List<String>> synonymsOf(String termOrPhrase) {
    return Optional.ofNullable(groupByMember.get(key(termOrPhrase)));
  }

  /**
   * The canonical speaker name an alias stands for (matched ignoring case, dots and extra spaces),
   * or empty if it is no known alias.
   */
  public Optional<String> canonicalSpeaker(String name) {
    return Optional.ofNullable(speakerByAlias.get(speakerKey(name)));
  }

  /**
   * Every speaker alias, as its matching key ({@link #speakerKey(String)}), with the canonical name
   * it stands for; what another engine needs to apply the same aliases.
   */
  public Map<String, String> speakerAliases() {
    return speakerByAlias;
  }

  /** The number of speaker aliases known. */
  public int speakerAliasCount() {
    return speakerByAlias.size();
  }

  static String key(String text) {
    String folded =
        Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /**
   * The key under which a person's name or alias is matched, here and in the indexer's speaker
   * registry: lower case, accents and full stops removed, curly apostrophes straightened, spaces
   * collapsed ("Dr. Fauci" and "DR FAUCI" share "dr fauci").
   */
  public static String speakerKey(String name) {
    return key(name).replace(".", "").replaceAll("\\s+", " ").strip();
  }

  @Override
  public String toString() {
    return "QueryVocabulary[groups=" + groups.size() + ", aliases=" + speakerByAlias.size() + "]";
  }

  /** Collects synonym groups and aliases. Not thread-safe. */
  public static final class Builder {
    private final List<List<String>> groups = new ArrayList<>();
    private final Map<String, String> speakers = new HashMap<>();

    private Builder() {}

    /**
     * Adds a group of equivalent terms or phrases; a query word or quoted phrase equal to one of
     * them matches any of them. Groups of fewer than two distinct members are ignored.
     */
    public Builder synonyms(List<String> members) {
      Set<String> distinct = new LinkedHashSet<>();
      for (String member : members) {
        String stripped = Objects.requireNonNull(member, "member").strip();
        if (!stripped.isEmpty()) {
          distinct.add(stripped);
        }
      }
      if (distinct.size() >= 2) {
        groups.add(List.copyOf(distinct));
      }
      return this;
    }

    /** Maps a speaker alias to the canonical name; the first mapping of an alias wins. */
    public Builder speakerAlias(String alias, String canonical) {
      Objects.requireNonNull(canonical, "canonical");
      String k = speakerKey(Objects.requireNonNull(alias, "alias"));
      if (!k.isEmpty() && !canonical.isBlank()) {
        speakers.putIfAbsent(k, canonical.strip());
      }
      return this;
    }

    /** Builds the immutable vocabulary. */
    public QueryVocabulary build() {
      return new QueryVocabulary(this);
    }
  }
}
