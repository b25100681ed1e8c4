package fr.vigie.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One period's counts per category of a categorical variable. Reference and current lists may differ: they are
 * aligned on the union of categories, with 0 where a category is absent (spec §1).
 *
 * @param categories distinct, non-blank category labels
 * @param counts observations per category, parallel to {@code categories}
 */
public record CategoryCounts(List<String> categories, double[] counts) {

    public CategoryCounts {
        // not List.copyOf: a null label must reach validation and be refused with a reason, not an NPE
        categories = categories == null ? null : Collections.unmodifiableList(new ArrayList<>(categories));
        counts = counts == null ? null : counts.clone();
    }

    @Override
    public double[] counts() {
        return counts == null ? null : counts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryCounts c && Objects.equals(categories, c.categories)
                && Arrays.equals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(categories) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CategoryCounts[categories=" + categories + ", counts=" + Arrays.toString(counts) + "]";
    }
}
