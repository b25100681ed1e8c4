package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.monitoring.entity.WatchedKind;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import fr.vigie.platform.stats.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computes one check of a line with the core and derives its severity (spec §6). Distribution methods keep the
 * whole {@link DriftReport} (the other figures are secondary information) beside the selected figure. Series
 * methods judge the checked period, the last point of the series; earlier points are context. Refusals are
 * {@link InvalidStatisticsInputException}s whose field is the request's JSON path.
 */
public final class CheckEvaluator {

  private CheckEvaluator() {}

  /** The data of one check, as posted. */
  public record CheckData(Sample reference, Sample current, List<RatePeriod> periods, Integer referencePeriods,
      Double mu0, Double sigma, CheckOptions options) {}

  /**
   * @param severity severity of the checked period
   * @param primaryFigure name of the figure the severity is read from
   * @param primaryValue that figure
   * @param options the conventions applied, defaults filled in
   * @param result the core's result (serialised as stored)
   */
  public record Evaluation(Severity severity, String primaryFigure, Figure primaryValue, CheckOptions options,
      Object result) {}

  public static Evaluation evaluate(MonitoringMethod method, WatchedKind kind, LineThresholds t, CheckData data) {
    CheckOptions options = data.options() == null ? new CheckOptions(null, null, null, null) : data.options();
    return switch (method.family()) {
      case DISTRIBUTION -> distribution(method, t, data, options);
      case SERIES -> series(method, kind, t, data, options.resolved(null));
      case SCORES -> auroc(t, data, options.resolved(null));
      case PROPORTIONS -> proportionChange(t, data, options.resolved(null));
      case RATE_SERIES -> proportionChart(t, data, options.resolved(null));
    };
  }

  // ------------------------------------------------------------------ distributions

  private static Evaluation distribution(MonitoringMethod method, LineThresholds t, CheckData data,
      CheckOptions options) {
    Sample ref = require(data.reference(), "reference");
    Sample cur = require(data.current(), "current");
    DriftCalculator calculator = new DriftCalculator();
    BinnedDistributions d;
    if (ref.binEdges != null || cur.binEdges != null) {
      d = BinnedDistributions.numeric(new Histogram(array(ref.binEdges), array(ref.counts)),
          new Histogram(array(cur.binEdges), array(cur.counts)));
    } else {
      if (ref.categories == null) {
        throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "reference.binEdges",
            "give reference.binEdges (numeric variable) or reference.categories (categorical variable)");
      }
      d = categorical(ref, cur, options.zCategory());
    }
    String category = d.kind() == BinnedDistributions.Kind.CATEGORICAL ? d.categories().get(0) : null;
    CheckOptions resolved = options.resolved(method == MonitoringMethod.TWO_PROPORTION_Z ? category : null);
    DriftReport report = calculator.report(d);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("report", report);
    Object selected;
    String name;
    Figure value;
    switch (method) {
      case PSI -> { selected = report.psi(); name = "psi"; value = report.psi().value(); }
      case KULLBACK_LEIBLER -> { selected = report.kullbackLeibler(); name = "kl_divergence_ln";
        value = report.kullbackLeibler().value(); }
      case JENSEN_SHANNON -> { selected = report.jensenShannon();
        boolean two = resolved.logBase() == LogBase.TWO;
        name = two ? "js_distance_base2" : "js_distance_ln";
        value = two ? report.jensenShannon().distanceBase2() : report.jensenShannon().distanceLn(); }
      case HELLINGER -> { selected = report.hellinger(); name = "hellinger"; value = report.hellinger().value(); }
      case L_INFINITY -> { selected = report.lInfinity(); name = "l_infinity"; value = report.lInfinity().value(); }
      case WASSERSTEIN -> { WassersteinResult w = calculator.wasserstein(d); selected = w;
        name = "wasserstein_normed"; value = w.normed(); }
      case KOLMOGOROV_SMIRNOV -> { KolmogorovSmirnovResult ks = calculator.kolmogorovSmirnov(d); selected = ks;
        name = "ks_p_value"; value = ks.pValue(); }
      case CHI_SQUARE_GOODNESS_OF_FIT -> { selected = report.chiSquareGoodnessOfFit(); name = "chi2_gof_p_value";
        value = report.chiSquareGoodnessOfFit().pValue(); }
      case CHI_SQUARE_CONTINGENCY -> { ChiSquareResult c = calculator.chiSquareContingency(d, resolved.yates());
        selected = c; name = "chi2_contingency_p_value"; value = c.pValue(); }
      case TWO_PROPORTION_Z -> { ZTestResult z = calculator.twoProportionZ(d); selected = z; name = "z_p_value";
        value = z.pValue(); }
      default -> throw new IllegalStateException("not a distribution method: " + method);
    }
    result.put("selected", selected);
    return new Evaluation(t.bands(method).classify(value), name, value, resolved, result);
  }

  /** Categories of both periods; the z-test category, when chosen, is put first so that z's sign refers to it. */
  private static BinnedDistributions categorical(Sample ref, Sample cur, String first) {
    CategoryCounts reference = new CategoryCounts(ref.categories, array(ref.counts));
    CategoryCounts current = new CategoryCounts(cur.categories, array(cur.counts));
    if (first == null) {
      return BinnedDistributions.categorical(reference, current);
    }
    BinnedDistributions aligned = BinnedDistributions.categorical(reference, current);
    int at = aligned.categories().indexOf(first);
    if (at < 0) {
      throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "options.zCategory",
          "'" + first + "' is not one of the categories " + aligned.categories());
    }
    List<String> names = new ArrayList<>(aligned.categories());
    long[] r = aligned.ref();
    long[] c = aligned.cur();
    double[] rc = new double[r.length];
    double[] cc = new double[c.length];
    names.add(0, names.remove(at));
    int i = 0;
    rc[i] = r[at];
    cc[i++] = c[at];
    for (int from = 0; from < r.length; from++) {
      if (from != at) {
        rc[i] = r[from];
        cc[i++] = c[from];
      }
    }
    return BinnedDistributions.categorical(names, rc, cc);
  }

  // ------------------------------------------------------------------ series

  private static Evaluation series(MonitoringMethod method, WatchedKind kind, LineThresholds t, CheckData data,
      CheckOptions options) {
    Sample cur = require(data.current(), "current");
    double[] series = array(cur.values);
    Sample ref = data.reference();
    if (method == MonitoringMethod.REFERENCE_STD) {
      double[] window = ref == null ? null : array(ref.values);
      ReferenceThresholdResult r = renamed(() -> ReferenceThreshold.evaluate(window, series, t.stdMultiplier(),
          t.stdMultiplier(), kind.unitInterval() ? MetricRange.UNIT_INTERVAL : MetricRange.UNBOUNDED),
          Map.of("referenceValues", "reference.values", "analysisValues", "current.values"));
      int last = series.length - 1;
      Severity s = r.alerts().get(last) ? Severity.SIGNIFICANT : Severity.NONE;
      return new Evaluation(floor(s, t, series[last]), "value", Figure.of(series[last]), options, r);
    }
    double[] centre = centre(data, ref);
    Map<String, String> names = Map.of("series", "current.values");
    return switch (method) {
      case CUSUM -> {
        CusumResult r = renamed(() -> CusumChart.evaluate(series, centre[0], centre[1], t.cusumK(), t.cusumH()),
            names);
        int last = series.length - 1;
        Severity s = r.alarms().get(last) ? Severity.MODERATE : Severity.NONE;
        yield new Evaluation(floor(s, t, series[last]), "cusum_max",
            Figure.of(Math.max(r.sPlus().get(last), r.sMinus().get(last))), options, r);
      }
      case EWMA -> {
        EwmaResult r = renamed(() -> EwmaChart.evaluate(series, centre[0], centre[1], t.ewmaLambda(),
            t.limitWidth()), names);
        int last = series.length - 1;
        Severity s = r.alarms().get(last) ? Severity.MODERATE : Severity.NONE;
        yield new Evaluation(floor(s, t, series[last]), "ewma", Figure.of(r.ewma().get(last)), options, r);
      }
      case WESTERN_ELECTRIC -> {
        WesternElectricRules.Result r = renamed(() -> WesternElectricRules.evaluate(series, centre[0], centre[1],
            options.westernElectricZoneRule()), names);
        int last = series.length - 1;
        Severity s = Severity.NONE;
        for (WesternElectricRules.Signal signal : r.signals()) {
          if (signal.index() == last) {
            s = signal.rule() == 1 ? Severity.SIGNIFICANT : max(s, Severity.MODERATE);
          }
        }
        yield new Evaluation(floor(s, t, series[last]), "z", Figure.of(r.z().get(last)), options, r);
      }
      default -> throw new IllegalStateException("not a series method: " + method);
    };
  }

  /** μ0 and σ: as posted, else the mean and population σ (ddof = 0) of the reference window. */
  private static double[] centre(CheckData data, Sample ref) {
    if (data.mu0() != null && data.sigma() != null) {
      return new double[] {data.mu0(), data.sigma()};
    }
    if (data.mu0() != null || data.sigma() != null) {
      String missing = data.mu0() == null ? "mu0" : "sigma";
      throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, missing,
          "give both mu0 and sigma, or neither and a reference window in reference.values");
    }
    double[] window = SeriesValidation.finiteSeries("reference.values", ref == null ? null : array(ref.values));
    if (window.length < 2) {
      throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT, "reference.values",
          "the reference window needs at least 2 periods to estimate sigma, got " + window.length);
    }
    double mu0 = SeriesValidation.mean(window);
    double sigma = SeriesValidation.populationStd(window, mu0);
    if (sigma == 0) {
      throw new InvalidStatisticsInputException(InvalidInputReason.REFERENCE_WINDOW_TOO_SHORT, "reference.values",
          "the reference window has no spread (sigma = 0); give a longer window or explicit mu0 and sigma");
    }
    return new double[] {mu0, sigma};
  }

  private static Severity floor(Severity severity, LineThresholds t, double value) {
    return t.contractualFloor() != null && value < t.contractualFloor() ? Severity.SIGNIFICANT : severity;
  }

  // ------------------------------------------------------------------ scores and proportions

  private static Evaluation auroc(LineThresholds t, CheckData data, CheckOptions options) {
    Sample ref = require(data.reference(), "reference");
    Sample cur = require(data.current(), "current");
    AurocEstimate r = estimate(ref, "reference");
    AurocEstimate c = estimate(cur, "current");
    AurocComparison comparison = BinnedAuroc.compare(r, c);
    Severity s;
    if (r.insufficientData() || c.insufficientData()) {
      s = Severity.INSUFFICIENT_DATA;
    } else {
      s = comparison.difference() < 0 ? t.bands(MonitoringMethod.AUROC_BINNED).classify(comparison.pValue())
          : Severity.NONE;
      s = floor(s, t, c.auroc());
    }
    return new Evaluation(s, "auroc_change_p_value", comparison.pValue(), options, comparison);
  }

  private static AurocEstimate estimate(Sample sample, String prefix) {
    return renamed(() -> BinnedAuroc.estimate(array(sample.positiveCounts), array(sample.negativeCounts)),
        Map.of("positiveCounts", prefix + ".positiveCounts", "negativeCounts", prefix + ".negativeCounts"));
  }

  private static Evaluation proportionChange(LineThresholds t, CheckData data, CheckOptions options) {
    Sample ref = require(data.reference(), "reference");
    Sample cur = require(data.current(), "current");
    ProportionChangeResult r = ProportionChange.compare(number(ref.events, "reference.events"),
        number(ref.total, "reference.total"), number(cur.events, "current.events"),
        number(cur.total, "current.total"));
    Severity s = r.reference().insufficientData() || r.current().insufficientData() ? Severity.INSUFFICIENT_DATA
        : t.bands(MonitoringMethod.PROPORTION_CHANGE).classify(r.pValue());
    return new Evaluation(s, "proportion_change_p_value", r.pValue(), options, r);
  }

  private static Evaluation proportionChart(LineThresholds t, CheckData data, CheckOptions options) {
    List<RatePeriod> posted = data.periods();
    if (posted == null || posted.isEmpty()) {
      throw new InvalidStatisticsInputException(InvalidInputReason.EMPTY_SERIES, "periods",
          "periods has no period to chart");
    }
    List<PeriodRate> periods = new ArrayList<>(posted.size());
    for (int i = 0; i < posted.size(); i++) {
      RatePeriod p = posted.get(i);
      periods.add(new PeriodRate(p.period, number(p.events, "periods[" + i + "].events"),
          number(p.total, "periods[" + i + "].total")));
    }
    int reference = data.referencePeriods() == null ? periods.size() : data.referencePeriods();
    ProportionChartResult r = ProportionChart.evaluate(periods, reference, t.limitWidth());
    ProportionChartResult.Point last = r.points().get(r.points().size() - 1);
    Severity s = last.insufficientData() ? Severity.INSUFFICIENT_DATA
        : last.signal() ? Severity.SIGNIFICANT : Severity.NONE;
    return new Evaluation(s, "proportion", Figure.of(last.proportion()), options, r);
  }

  // ------------------------------------------------------------------ helpers

  private static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Sample require(Sample sample, String field) {
    if (sample == null) {
      throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field, field + " is missing");
    }
    return sample;
  }

  private static double number(Double value, String field) {
    if (value == null) {
      throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, field, field + " is missing");
    }
    return value;
  }

  private static double[] array(List<Double> values) {
    return values == null ? null : values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Runs a core computation and renames the field of a refusal to the request's JSON path. */
  private static <T> T renamed(Supplier<T> computation, Map<String, String> names) {
    try {
      return computation.get();
    } catch (InvalidStatisticsInputException e) {
      for (Map.Entry<String, String> name : names.entrySet()) {
        String from = name.getKey();
        String field = e.field();
        if (field.equals(from) || field.startsWith(from + "[") || field.startsWith(from + ".")) {
          throw new InvalidStatisticsInputException(e.reason(), name.getValue() + field.substring(from.length()),
              e.getMessage());
        }
      }
      throw e;
    }
  }
}
