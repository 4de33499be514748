package dev.mailroom.training.search;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.LabelledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Stratified, seeded splits: every label keeps its share in each part. */
public final class Splits {

    /**
     * A train/test split.
     *
     * @param train the training part
     * @param test the held-out part
     */
    public record Holdout(List<LabelledText> train, List<LabelledText> test) {}

    /**
     * One cross-validation fold.
     *
     * @param train the other folds
     * @param validation this fold
     */
    public record Fold(List<LabelledText> train, List<LabelledText> validation) {}

    private Splits() {}

    /** Holds out {@code testFraction} of every label (at least one document of labels with two or more). */
    public static Holdout holdout(List<LabelledText> data, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        for (List<LabelledText> group : byLabel(data, seed).values()) {
            int n = group.size() < 2 ? 0 : Math.max(1, (int) Math.round(group.size() * testFraction));
            test.addAll(group.subList(0, n));
            train.addAll(group.subList(n, group.size()));
        }
        return new Holdout(train, test);
    }

    /** {@code k} stratified folds: the documents of each label are dealt round-robin after a seeded shuffle. */
    public static List<Fold> folds(List<LabelledText> data, int k, long seed) {
        List<List<LabelledText>> parts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            parts.add(new ArrayList<>());
        }
        int next = 0;
        for (List<LabelledText> group : byLabel(data, seed).values()) {
            for (LabelledText doc : group) {
                parts.get(next).add(doc);
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<LabelledText> train = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    train.addAll(parts.get(j));
                }
            }
            folds.add(new Fold(List.copyOf(train), List.copyOf(parts.get(i))));
        }
        return folds;
    }

    private static Map<Label, List<LabelledText>> byLabel(List<LabelledText> data, long seed) {
        Map<Label, List<LabelledText>> groups = new EnumMap<>(Label.class);
        for (LabelledText doc : data) {
            groups.computeIfAbsent(doc.label(), l -> new ArrayList<>()).add(doc);
        }
        Random random = new Random(seed);
        groups.values().forEach(g -> Collections.shuffle(g, random));
        return groups;
    }
}
