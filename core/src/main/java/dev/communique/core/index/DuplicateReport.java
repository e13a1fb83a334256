package dev.communique.core.index;

/**
 * What {@link CommuniqueIndex#mergeNearDuplicates(double)} found and changed.
 *
 * @param examined communiqués compared
 * @param groups groups of two or more near-duplicate communiqués
 * @param merged communiqués that are now copies of another (hidden from search by default)
 * @param rewritten documents whose duplicate fields changed and were rewritten
 */
public record DuplicateReport(int examined, int groups, int merged, int rewritten) {}
