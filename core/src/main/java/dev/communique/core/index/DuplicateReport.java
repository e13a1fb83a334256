package dev.communique.core.index;

/**
 * What {@link CommuniqueIndex#mergeNearDuplicates(double)} found and changed.
 *
 * @param examined communiqués compared
 * @param groups groups of two or more near-duplicate communiqués
 * @param merged communiqués in the index that are copies of another (hidden from search by default)
 * @param newlyMerged of those, the ones this pass made copies (new or updated since the last pass)
 * @param rewritten documents whose duplicate fields changed and were rewritten
 */
public record DuplicateReport(
    int examined, int groups, int merged, int newlyMerged, int rewritten) {}
