/**
 * The communiqué index in a local directory: {@link dev.communique.core.index.CommuniqueIndex}
 * opens or creates it, upserts and deletes by id, commits, searches near-real-time and merges
 * near-duplicate releases.
 */
package dev.communique.core.index;
