package fr.vigie.monitoring.control;

/** Size limits of one check's summary data. */
public final class CheckLimits {

  /** Bins or categories per period (the performance target is a 1,000-bin check). */
  public static final int MAX_BINS = 1000;
  /** Periods in a series: 20 years of months, twice the 120-period performance target. */
  public static final int MAX_PERIODS = 240;

  private CheckLimits() {}
}
