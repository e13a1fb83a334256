/** Finding release files: {@link dev.communique.indexer.source.SourceWalker}. */
package dev.communique.indexer.source;
