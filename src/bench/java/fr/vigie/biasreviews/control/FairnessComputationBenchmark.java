package fr.vigie.biasreviews.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The full fairness report (11 rates, between groups, versus reference, summary) for 50 groups. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FairnessComputationBenchmark {

    static final int GROUPS = 50;

    private final FairnessCalculator calculator = new FairnessCalculator();
    private Map<String, ConfusionMatrix> groups;

    @Setup
    public void setUp() {
        groups = new LinkedHashMap<>();
        for (int g = 0; g < GROUPS; g++) {
            // Deterministic, varied matrices; group 7 has no positive case and group 13 fewer than 10 observations.
            long tp = g == 7 ? 0 : 20 + (g * 37) % 200;
            long fn = g == 7 ? 0 : 5 + (g * 11) % 60;
            long fp = 10 + (g * 23) % 150;
            long tn = 300 + (g * 53) % 900;
            groups.put("group-" + g, g == 13 ? new ConfusionMatrix(1, 1, 3, 1) : new ConfusionMatrix(tp, fp, tn, fn));
        }
    }

    @Benchmark
    public FairnessReport fiftyGroups() {
        return calculator.evaluate(groups, null);
    }
}
