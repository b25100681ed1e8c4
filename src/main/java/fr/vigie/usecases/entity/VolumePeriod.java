package fr.vigie.usecases.entity;

/**
 * The period a task volume is counted over, with how many such periods make a year (see
 * docs/computations.md, "Use-case estimate"): calendar units, because a hospital's activity runs
 * every day of the year. A service open on working days only gives a weekly or monthly volume.
 */
public enum VolumePeriod {
  DAY(365),
  WEEK(52),
  MONTH(12),
  YEAR(1);

  private final int perYear;

  VolumePeriod(int perYear) {
    this.perYear = perYear;
  }

  public int perYear() {
    return perYear;
  }
}
