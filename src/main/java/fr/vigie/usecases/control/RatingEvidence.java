package fr.vigie.usecases.control;

/**
 * Whether a use case has been rated (contract with the scoring feature): implemented by scoring as
 * an {@code @ApplicationScoped} bean answering from its own tables in the caller's transaction. While
 * no implementation is deployed, the "prioritised" gate is unmet.
 */
public interface RatingEvidence {

  boolean hasCompleteRating(long useCaseId);
}
