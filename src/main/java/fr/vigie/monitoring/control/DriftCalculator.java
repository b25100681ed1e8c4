package fr.vigie.monitoring.control;

import fr.vigie.platform.stats.DoubleList;
import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.Arrays;

/**
 * Drift of a variable between a reference and a current period, from histograms or category counts. Each method
 * reproduces one tool's convention (Evidently, NannyML, Alibi Detect, whylogs, scipy) and says which in the result's
 * {@link fr.vigie.platform.stats.Convention}. Inputs are validated; meaningless input is refused with an
 * {@link InvalidStatisticsInputException}. Instances are immutable and thread-safe.
 */
public class DriftCalculator {

    private final DriftThresholds thresholds;

    public DriftCalculator() {
        this(DriftThresholds.registryDefaults());
    }

    public DriftCalculator(DriftThresholds thresholds) {
        if (thresholds == null) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "thresholds",
                    "thresholds are missing");
        }
        this.thresholds = thresholds;
    }

    public DriftThresholds thresholds() {
        return thresholds;
    }

    /** All figures for a numeric variable. */
    public DriftReport numeric(Histogram reference, Histogram current) {
        return report(BinnedDistributions.numeric(reference, current));
    }

    /** All figures for a categorical variable, aligned on the union of categories. */
    public DriftReport categorical(CategoryCounts reference, CategoryCounts current) {
        return report(BinnedDistributions.categorical(reference, current));
    }

    /** All figures that apply to the given pair of distributions. */
    public DriftReport report(BinnedDistributions d) {
        boolean numeric = d.kind() == BinnedDistributions.Kind.NUMERIC;
        return new DriftReport(
                d.kind(),
                numeric ? Arrays.stream(d.edges()).mapToObj(Figure::of).toList() : null,
                d.categories(),
                d.referenceTotal(),
                d.currentTotal(),
                DoubleList.copyOf(d.p()),
                DoubleList.copyOf(d.q()),
                psi(d),
                kullbackLeibler(d),
                jensenShannon(d),
                hellinger(d),
                lInfinity(d),
                numeric && d.hasFiniteEdges() ? wasserstein(d) : null,
                numeric ? kolmogorovSmirnov(d) : null,
                chiSquareGoodnessOfFit(d),
                chiSquareContingency(d),
                !numeric && d.size() == 2 ? twoProportionZ(d) : null);
    }

    public PsiResult psi(BinnedDistributions d) {
        return DivergenceMeasures.psi(d, thresholds);
    }

    public DistanceResult kullbackLeibler(BinnedDistributions d) {
        return DivergenceMeasures.kullbackLeibler(d, thresholds);
    }

    public JensenShannonResult jensenShannon(BinnedDistributions d) {
        return DivergenceMeasures.jensenShannon(d, thresholds);
    }

    public DistanceResult hellinger(BinnedDistributions d) {
        return DivergenceMeasures.hellinger(d, thresholds);
    }

    public DistanceResult lInfinity(BinnedDistributions d) {
        return DivergenceMeasures.lInfinity(d);
    }

    /** Refuses categories and open-ended bins ({@link InvalidInputReason#OPEN_ENDED_BIN}). */
    public WassersteinResult wasserstein(BinnedDistributions d) {
        return BinnedWasserstein.compute(d, thresholds);
    }

    /** Refuses categories, which have no order. */
    public KolmogorovSmirnovResult kolmogorovSmirnov(BinnedDistributions d) {
        if (d.kind() != BinnedDistributions.Kind.NUMERIC) {
            throw new InvalidStatisticsInputException(InvalidInputReason.MISSING_VALUE, "reference.binEdges",
                    "the Kolmogorov-Smirnov test needs ordered numeric bins, not categories");
        }
        return BinnedKolmogorovSmirnov.compute(d, thresholds);
    }

    public ChiSquareResult chiSquareGoodnessOfFit(BinnedDistributions d) {
        return ChiSquareTests.goodnessOfFit(d, thresholds);
    }

    public ChiSquareResult chiSquareContingency(BinnedDistributions d) {
        return ChiSquareTests.contingency(d, thresholds);
    }

    /** The contingency test with ({@code true}, scipy's default) or without Yates' correction when dof = 1. */
    public ChiSquareResult chiSquareContingency(BinnedDistributions d, boolean yates) {
        return ChiSquareTests.contingency(d, thresholds, yates);
    }

    /** Refuses anything but exactly two categories ({@link InvalidInputReason#NOT_BINARY}). */
    public ZTestResult twoProportionZ(BinnedDistributions d) {
        return TwoProportionZTest.compute(d, thresholds);
    }
}
