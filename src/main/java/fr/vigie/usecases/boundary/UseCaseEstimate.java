package fr.vigie.usecases.boundary;

import fr.vigie.usecases.entity.VolumePeriod;
import java.math.BigDecimal;

/**
 * The time estimate of a use case with its formula and every input, so that anyone can check it
 * (docs/computations.md, "Use-case estimate"). Rework rate and review minutes count as 0 when absent.
 */
public record UseCaseEstimate(
    String formula,
    int volume,
    VolumePeriod volumePeriod,
    int periodsPerYear,
    BigDecimal minutesBefore,
    BigDecimal minutesAfter,
    BigDecimal reworkRatePercent,
    BigDecimal reviewMinutes,
    int fteHoursPerYear,
    BigDecimal tasksPerYear,
    BigDecimal savedMinutesPerTask,
    BigDecimal hoursPerYear,
    BigDecimal ftePerYear) {}
