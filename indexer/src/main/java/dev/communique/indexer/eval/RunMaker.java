package dev.communique.indexer.eval;

import dev.communique.core.search.CommuniqueSearch;
import dev.communique.core.search.RankRequest;
import dev.communique.core.search.RankedDoc;
import dev.communique.core.search.Ranking;
import dev.communique.core.search.RankingProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every topic against a collection with one ranking profile and makes the TREC run: the
 * topic's text searched as text, to a depth, the document whose id equals the topic id left out
 * (BEIR collections hold some topics as documents). No snippets are built. Immutable and
 * thread-safe.
 */
public final class RunMaker {
  private final CommuniqueSearch search;
  private final RankRequest settings;

  /**
   * @param search the collection
   * @param profile the ranking profile
   * @param depth how many documents per topic
   * @param proximity whether neighbouring query words standing close together count (default
   *     profile)
   */
  public RunMaker(CommuniqueSearch search, RankingProfile profile, int depth, boolean proximity) {
    this(
        search, RankRequest.builder("").profile(profile).depth(depth).proximity(proximity).build());
  }

  /**
   * @param search the collection
   * @param settings the ranking every topic gets (profile, depth, proximity, feedback); its text
   *     and excluded id are replaced by each topic's
   */
  public RunMaker(CommuniqueSearch search, RankRequest settings) {
    this.search = Objects.requireNonNull(search, "search");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The run over these topics, in their order.
   *
   * @throws IllegalArgumentException if the collection cannot serve the profile
   */
  public TrecRun run(List<Topic> topics) throws IOException {
    TrecRun.Builder run = TrecRun.builder();
    for (Topic topic : topics) {
      Ranking ranking = search.rank(settings.toBuilder(topic.text()).excludeId(topic.id()).build());
      List<String> ids = new ArrayList<>(ranking.docs().size());
      List<Float> scores = new ArrayList<>(ranking.docs().size());
      for (RankedDoc doc : ranking.docs()) {
        ids.add(doc.id());
        scores.add(doc.score());
      }
      run.add(topic.id(), ids, scores);
    }
    return run.build();
  }
}
