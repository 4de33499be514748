package dev.mailroom.model.eval;

import dev.mailroom.contracts.Label;
import dev.mailroom.model.DocumentClassifier;
import dev.mailroom.model.LabelledText;
import dev.mailroom.model.Prediction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metrics of a classifier on labelled data.
 *
 * @param size number of documents
 * @param accuracy fraction classified correctly
 * @param macroF1 unweighted mean F1 over the labels that occur (as truth or prediction)
 * @param perClass precision, recall, F1 and support per label
 * @param labels row and column order of {@code confusion}
 * @param confusion {@code confusion[truth][predicted]} counts
 */
public record Evaluation(
        int size,
        double accuracy,
        double macroF1,
        Map<Label, ClassMetrics> perClass,
        List<Label> labels,
        long[][] confusion) {

    public Evaluation {
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
        labels = List.copyOf(labels);
        confusion = Arrays.stream(confusion).map(long[]::clone).toArray(long[][]::new);
    }

    /**
     * Metrics of one label.
     *
     * @param precision correct / predicted as this label
     * @param recall correct / truly this label
     * @param f1 harmonic mean of precision and recall
     * @param support documents truly of this label
     */
    public record ClassMetrics(double precision, double recall, double f1, long support) {}

    /** Classifies every text (without explanations) and compares with its label. */
    public static Evaluation of(DocumentClassifier classifier, List<LabelledText> data) {
        List<Prediction> predictions =
                classifier.classifyAll(data.stream().map(LabelledText::text).toList(), 0);
        List<Label> predicted = predictions.stream().map(Prediction::label).toList();
        return of(data.stream().map(LabelledText::label).toList(), predicted);
    }

    /** Compares true labels with predicted ones, position by position. */
    public static Evaluation of(List<Label> truth, List<Label> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(
                    "truth has " + truth.size() + " labels but " + predicted.size() + " predictions");
        }
        Set<Label> present = EnumSet.noneOf(Label.class);
        present.addAll(truth);
        present.addAll(predicted);
        List<Label> labels = new ArrayList<>(present);
        long[][] confusion = new long[labels.size()][labels.size()];
        long correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            confusion[labels.indexOf(truth.get(i))][labels.indexOf(predicted.get(i))]++;
            if (truth.get(i) == predicted.get(i)) {
                correct++;
            }
        }
        Map<Label, ClassMetrics> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        for (int l = 0; l < labels.size(); l++) {
            long tp = confusion[l][l];
            long actual = Arrays.stream(confusion[l]).sum();
            long predictedCount = 0;
            for (long[] row : confusion) {
                predictedCount += row[l];
            }
            double precision = predictedCount == 0 ? 0 : (double) tp / predictedCount;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(labels.get(l), new ClassMetrics(precision, recall, f1, actual));
            f1Sum += f1;
        }
        double accuracy = truth.isEmpty() ? 0 : (double) correct / truth.size();
        double macroF1 = labels.isEmpty() ? 0 : f1Sum / labels.size();
        return new Evaluation(truth.size(), accuracy, macroF1, perClass, labels, confusion);
    }

    /**
     * A JSON-friendly map: {@code size, accuracy, macroF1, perClass{label{precision,recall,f1,support}},
     * confusion{labels, matrix}}; the form stored in model manifests.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("size", size);
        map.put("accuracy", accuracy);
        map.put("macroF1", macroF1);
        Map<String, Object> classes = new LinkedHashMap<>();
        perClass.forEach((label, m) -> {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("precision", m.precision());
            metrics.put("recall", m.recall());
            metrics.put("f1", m.f1());
            metrics.put("support", m.support());
            classes.put(label.code(), metrics);
        });
        map.put("perClass", classes);
        Map<String, Object> matrix = new LinkedHashMap<>();
        matrix.put("labels", labels.stream().map(Label::code).toList());
        matrix.put(
                "matrix",
                Arrays.stream(confusion)
                        .map(row -> Arrays.stream(row).boxed().toList())
                        .toList());
        map.put("confusion", matrix);
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation e
                && size == e.size
                && accuracy == e.accuracy
                && macroF1 == e.macroF1
                && perClass.equals(e.perClass)
                && labels.equals(e.labels)
                && Arrays.deepEquals(confusion, e.confusion);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(confusion) * 31 + labels.hashCode();
    }

    @Override
    public String toString() {
        return "Evaluation{size=" + size + ", accuracy=" + accuracy + ", macroF1=" + macroF1 + ", perClass=" + perClass
                + "}";
    }
}
