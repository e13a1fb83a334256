/**
 * The indexer: finds release files ({@link dev.communique.indexer.source}), reads them in their
 * formats ({@link dev.communique.indexer.format}), extracts missing metadata ({@link
 * dev.communique.indexer.extract}) and feeds the core index through {@link
 * dev.communique.indexer.Indexer}.
 */
package dev.communique.indexer;
