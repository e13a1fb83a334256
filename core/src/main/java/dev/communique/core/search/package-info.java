/**
 * The search API: build a {@link dev.communique.core.search.SearchRequest}, run it with {@link
 * dev.communique.core.index.CommuniqueIndex#search}, read {@link
 * dev.communique.core.search.SearchResults}. Bad queries raise {@link
 * dev.communique.core.search.InvalidQueryException}.
 */
package dev.communique.core.search;
