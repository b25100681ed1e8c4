package fr.vigie.monitoring.control;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * PSI + Jensen–Shannon + Kolmogorov–Smirnov (statistic and p-value) on 1,000 bins, validation included, and the full
 * drift report for comparison. Histograms are a discretised normal shape; the current one is shifted by
 * {@code shiftBins} bins. The KS p-value's cost depends on n·D², not on the number of bins (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DriftComputationBenchmark {

    static final int BINS = 1000;

    /** Observations per period. */
    @Param({"10000", "1000000"})
    public int observations;

    /** Shift of the current histogram, in bins (0: same shape; 2 and 5: slight; 50: clear drift). */
    @Param({"0", "2", "5", "50"})
    public int shiftBins;

    private final DriftCalculator calculator = new DriftCalculator();
    private Histogram reference;
    private Histogram current;

    @Setup
    public void setUp() {
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = i;
        }
        reference = new Histogram(edges, normalCounts(observations, 0));
        current = new Histogram(edges, normalCounts(observations, shiftBins));
    }

    /** Counts of a normal shape (mean at bin 500 + shift, sd 150 bins), every bin at least 1. */
    static double[] normalCounts(int total, int shift) {
        double[] weights = new double[BINS];
        double sum = 0;
        for (int i = 0; i < BINS; i++) {
            double z = (i + 0.5 - BINS / 2.0 - shift) / 150.0;
            weights[i] = Math.exp(-z * z / 2);
            sum += weights[i];
        }
        double[] counts = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            counts[i] = Math.max(1, Math.round(total * weights[i] / sum));
        }
        return counts;
    }

    @Benchmark
    public void psiJsKs(Blackhole blackhole) {
        BinnedDistributions d = BinnedDistributions.numeric(reference, current);
        blackhole.consume(calculator.psi(d));
        blackhole.consume(calculator.jensenShannon(d));
        blackhole.consume(calculator.kolmogorovSmirnov(d));
    }

    @Benchmark
    public DriftReport fullNumericReport() {
        return calculator.numeric(reference, current);
    }
}
