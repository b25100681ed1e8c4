package fr.vigie.scoring.control;

import fr.vigie.usecases.control.RatingEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The pipeline's "prioritised" gate (contract with the use-case feature): some rater rated every criterion of the use
 * case's current grid version. Answers from the stored aggregate, in the caller's transaction.
 */
@ApplicationScoped
public class ScoringRatingEvidence implements RatingEvidence {

  @Inject ScoringRepository repository;

  @Override
  public boolean hasCompleteRating(long useCaseId) {
    return repository.hasCompleteRating(useCaseId);
  }
}
