/**
 * The communiqué model: {@link dev.communique.core.Communique} and the value types that describe
 * its date. Everything here is immutable and knows nothing of Lucene or of file formats.
 */
package dev.communique.core;
