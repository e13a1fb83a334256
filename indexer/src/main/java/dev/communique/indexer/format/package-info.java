/**
 * File formats: one {@link dev.communique.indexer.format.FormatReader} per format turns a file into
 * {@link dev.communique.indexer.format.RawRelease}s: plain-text releases, Markdown with YAML front
 * matter, JSON Lines, HTML pages, and CSV manifests joined to text files.
 */
package dev.communique.indexer.format;
