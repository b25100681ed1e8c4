package fr.vigie.ethics.control;

import fr.vigie.ethics.entity.DecisionOutcome;
import fr.vigie.ethics.entity.EthicsDecision;
import fr.vigie.ethics.entity.SignOffStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sign-off status of an AI system from its reviews and decisions (docs/computations.md, "Ethics sign-off").
 * The binding decision is the latest decision in force (not superseded) that is not DEFERRED, by meeting date then
 * recording order. A review with no decision in force other than DEFERRED is pending; it makes the status PENDING
 * when there is no binding decision or when it was asked after the binding decision's review. Otherwise an
 * unfavourable binding decision gives UNFAVOURABLE; a favourable one VALID, or TO_RENEW when a material field changed.
 */
public final class SignOffRule {

  private SignOffRule() {}

  public record Result(SignOffStatus status, EthicsDecision binding, List<MaterialSnapshot.Change> changes) {}

  static final Comparator<EthicsDecision> LATEST = Comparator.comparing(EthicsDecision::getMeetingDate)
      .thenComparing(EthicsDecision::getId);

  /**
   * @param reviewIds the ids of the system's reviews (ids grow with recording order)
   * @param decisions every decision of the system, superseded ones included
   * @param changes the material changes since a decision was recorded
   */
  public static Result evaluate(Collection<Long> reviewIds, Collection<EthicsDecision> decisions,
      Function<EthicsDecision, List<MaterialSnapshot.Change>> changes) {
    List<EthicsDecision> inForce = decisions.stream().filter(d -> d.getSupersededById() == null)
        .filter(d -> d.getOutcome() != DecisionOutcome.DEFERRED).toList();
    Optional<EthicsDecision> binding = inForce.stream().max(LATEST);
    Set<Long> decided = inForce.stream().map(EthicsDecision::getReviewId).collect(Collectors.toSet());
    boolean pending = reviewIds.stream().anyMatch(r -> !decided.contains(r)
        && (binding.isEmpty() || r > binding.get().getReviewId()));
    if (binding.isEmpty()) {
      return new Result(reviewIds.isEmpty() ? SignOffStatus.NONE : SignOffStatus.PENDING, null, List.of());
    }
    EthicsDecision decision = binding.get();
    List<MaterialSnapshot.Change> changed = decision.getOutcome().favourable() ? changes.apply(decision) : List.of();
    SignOffStatus status;
    if (pending) {
      status = SignOffStatus.PENDING;
    } else if (!decision.getOutcome().favourable()) {
      status = SignOffStatus.UNFAVOURABLE;
    } else {
      status = changed.isEmpty() ? SignOffStatus.VALID : SignOffStatus.TO_RENEW;
    }
    return new Result(status, decision, changed);
  }
}
