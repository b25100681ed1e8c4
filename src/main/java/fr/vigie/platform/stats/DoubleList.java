package fr.vigie.platform.stats;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** An immutable {@code List<Double>} over a copy of a {@code double[]}, without boxing every element up front. */
public final class DoubleList extends AbstractList<Double> implements RandomAccess {

    private final double[] values;

    private DoubleList(double[] values) {
        this.values = values;
    }

    /** Copies {@code values}; every element must be finite, so the list is JSON-safe. */
    public static List<Double> copyOf(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a DoubleList holds finite values only, got " + v);
            }
        }
        return new DoubleList(values.clone());
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
