/**
 * The index schema: field names, field types and analysis ({@link
 * dev.communique.core.schema.CommuniqueSchema}), and the mapping between a communiqué and its
 * Lucene document ({@link dev.communique.core.schema.DocumentMapper}).
 */
package dev.communique.core.schema;
