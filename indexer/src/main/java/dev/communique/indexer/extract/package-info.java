/**
 * Metadata extraction: {@link dev.communique.indexer.extract.MetadataExtractor} completes what a
 * source leaves out (date, speakers, organisation, topics, title) using the editable {@link
 * dev.communique.indexer.extract.Vocabulary}.
 */
package dev.communique.indexer.extract;
