package dev.mailroom.model.features;

import java.util.Arrays;

/**
 * A sparse feature vector: ascending {@code indices}, their {@code values}, and the human-readable {@code names}
 * (term or n-gram) of each index.
 *
 * @param indices ascending feature indices
 * @param values the value of each index
 * @param names the term behind each index (for hashing, the first term of this document in that bucket)
 */
public record FeatureVector(int[] indices, double[] values, String[] names) {

    public FeatureVector {
        if (indices.length != values.length || indices.length != names.length) {
            throw new IllegalArgumentException("indices, values and names differ in length");
        }
    }

    /** Number of non-zero features. */
    public int size() {
        return indices.length;
    }

    /** True when the document produced no known feature. */
    public boolean isEmpty() {
        return indices.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureVector v
                && Arrays.equals(indices, v.indices)
                && Arrays.equals(values, v.values)
                && Arrays.equals(names, v.names);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("FeatureVector{");
        for (int i = 0; i < indices.length; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return out.append('}').toString();
    }
}
