package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the difficulty of the generated data with a plain bag-of-words naive Bayes: it must learn the
 * labels well (the data is learnable) but not perfectly (the data is not a handful of templates).
 */
class DatasetDifficultyTest {

    private static final int L = Label.values().length;

    private static final NaiveBayes MODEL = NaiveBayes.train(new SampleGenerator(42).generate(3500));

    @Test
    void bagOfWordsLearnsTheLabelsWellButNotPerfectly() {
        double f1 = MODEL.macroF1(new SampleGenerator(4242).generate(1400));
        assertThat(f1).isBetween(0.93, 0.995);
    }

    @Test
    void handMadeSetHasFiftyDocumentsBalancedOverLabelsAndIsRecognisable() {
        List<SampleDocument> handmade = HandmadeSamples.load();
        assertThat(handmade).hasSizeBetween(49, 56);
        for (Label label : Label.values()) {
            assertThat(handmade.stream().filter(d -> d.label() == label)).hasSizeBetween(7, 8);
        }
        assertThat(handmade).extracting(SampleDocument::id).doesNotHaveDuplicates();
        // Written by hand with other words and layouts: a model trained on generated data does
        // clearly worse than on generated test data, but far better than chance (1/7).
        double f1 = MODEL.macroF1(handmade);
        assertThat(f1).isBetween(0.5, 0.97);
    }

    /** Multinomial naive Bayes over lower-cased word tokens, Lidstone smoothing. */
    private record NaiveBayes(Map<String, double[]> counts, double[] totals, double[] priors) {

        static List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            for (String t : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (t.length() > 1) {
                    out.add(t);
                }
            }
            return out;
        }

        static NaiveBayes train(List<SampleDocument> docs) {
            Map<String, double[]> counts = new HashMap<>();
            double[] totals = new double[L];
            double[] priors = new double[L];
            for (SampleDocument d : docs) {
                int y = d.label().ordinal();
                priors[y]++;
                for (String t : tokens(d.text())) {
                    counts.computeIfAbsent(t, k -> new double[L])[y]++;
                    totals[y]++;
                }
            }
            return new NaiveBayes(counts, totals, priors);
        }

        int predict(String text) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            int v = counts.size();
            for (int c = 0; c < L; c++) {
                double score = Math.log(priors[c]);
                for (String t : tokens(text)) {
                    double[] cc = counts.get(t);
                    if (cc != null) {
                        score += Math.log((cc[c] + 0.1) / (totals[c] + 0.1 * v));
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            return best;
        }

        double macroF1(List<SampleDocument> docs) {
            int[][] cm = new int[L][L];
            for (SampleDocument d : docs) {
                cm[d.label().ordinal()][predict(d.text())]++;
            }
            double sum = 0;
            for (int c = 0; c < L; c++) {
                int tp = cm[c][c];
                int fp = 0;
                int fn = 0;
                for (int k = 0; k < L; k++) {
                    if (k != c) {
                        fp += cm[k][c];
                        fn += cm[c][k];
                    }
                }
                double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
                double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
                sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
            return sum / L;
        }
    }
}
