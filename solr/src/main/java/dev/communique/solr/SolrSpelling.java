package dev.communique.solr;

import dev.communique.core.schema.CommuniqueSchema;
import dev.communique.core.search.SpellingLookup;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * "Did you mean" lookups on a collection: whether any title or body has a word (a count of the
 * communiqués with that exact term), and the closest body word, from the {@code /spell} handler the
 * configset defines (Solr's DirectSolrSpellChecker, merged across the shards). One per search; not
 * thread-safe.
 */
final class SolrSpelling implements SpellingLookup {

  /** The handler of the configset that finds close words. */
  static final String HANDLER = "/spell";

  private final SolrClient client;
  private final String collection;

  SolrSpelling(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  @Override
  public boolean indexed(String exactTerm) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set(
        "q",
        "_query_:\"{!term f="
            + CommuniqueSchema.BODY
            + " v=$w}\" OR _query_:\"{!term f="
            + CommuniqueSchema.TITLE
            + " v=$w}\"");
    params.set("w", exactTerm);
    params.set("rows", 0);
    return ask(params, "/select").getResults().getNumFound() > 0;
  }

  @Override
  public Optional<String> closest(String exactTerm) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("spellcheck.q", exactTerm);
    SpellCheckResponse spelling = ask(params, HANDLER).getSpellCheckResponse();
    if (spelling == null) {
      return Optional.empty();
    }
    for (SpellCheckResponse.Suggestion suggestion : spelling.getSuggestions()) {
      List<String> alternatives = suggestion.getAlternatives();
      if (suggestion.getToken().equals(exactTerm) && !alternatives.isEmpty()) {
        return Optional.of(alternatives.get(0));
      }
    }
    return Optional.empty();
  }

  private QueryResponse ask(ModifiableSolrParams params, String handler) throws IOException {
    QueryRequest request = new QueryRequest(params);
    request.setPath(handler);
    try {
      return request.process(client, collection);
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "Solr did not answer the spelling lookup: " + BatchFeeder.firstLine(e), e);
    }
  }
}
