package fr.vigie.biasreviews.boundary;

import fr.vigie.biasreviews.entity.ReviewOutcome;
import java.time.LocalDate;

/**
 * An AI system whose bias review is to be done again soon or is overdue: its latest review in force.
 *
 * @param daysLeft days from today (Europe/Paris) to {@code nextReviewOn}: negative when overdue, 0 on the day
 */
public record BiasReviewDue(
    long reviewId,
    long aiSystemId,
    String aiSystemName,
    LocalDate reviewedOn,
    ReviewOutcome outcome,
    LocalDate nextReviewOn,
    long daysLeft,
    boolean overdue) {}
