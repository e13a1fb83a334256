/**
 * Retrieval evaluation in the field's standard forms: topic files (TSV, BEIR JSON Lines, TREC
 * {@code <top>} and {@code <DOC>} files), relevance judgments (TREC qrels, BEIR TSV), TREC run
 * files, and the measures of {@code trec_eval -c -M1000}.
 */
package dev.communique.indexer.eval;
