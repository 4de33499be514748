package dev.mailroom.model.features;

import dev.mailroom.model.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fitted feature pipeline: normalisation, word (and optionally character) n-grams, a vocabulary or feature hashing,
 * and TF-IDF weights. Its configuration and fitted state (vocabulary, IDF) are stored in the model package ({@link
 * #toBytes()}), so serving computes exactly the vectors training computed. Immutable and thread-safe.
 */
public final class FeaturePipeline {

    /** Name of the pipeline artifact inside a model package. */
    public static final String ARTIFACT = "features.json";

    private static final int FORMAT = 1;

    private final FeatureConfig config;
    private final TextNormalizer normalizer;
    private final List<String> vocabulary;
    private final Map<String, Integer> index;
    private final double[] idf;
    private final int documents;

    private FeaturePipeline(FeatureConfig config, List<String> vocabulary, double[] idf, int documents) {
        this.config = config;
        this.normalizer = new TextNormalizer(config);
        this.vocabulary = List.copyOf(vocabulary);
        this.index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        this.idf = idf.clone();
        this.documents = documents;
        int expected = config.hashingDimension() > 0 ? config.hashingDimension() : vocabulary.size();
        if (idf.length != expected) {
            throw new IllegalArgumentException("idf has " + idf.length + " entries, expected " + expected);
        }
    }

    /** Fits the vocabulary (or hash buckets) and IDF on training texts. */
    public static FeaturePipeline fit(FeatureConfig config, List<String> texts) {
        TextNormalizer normalizer = new TextNormalizer(config);
        boolean hashing = config.hashingDimension() > 0;
        Map<String, Integer> termDf = new HashMap<>();
        int[] bucketDf = hashing ? new int[config.hashingDimension()] : new int[0];
        for (String text : texts) {
            Set<String> seen = new HashSet<>(terms(config, normalizer, text));
            for (String term : seen) {
                if (hashing) {
                    bucketDf[bucket(term, config.hashingDimension())]++;
                } else {
                    termDf.merge(term, 1, Integer::sum);
                }
            }
        }
        int n = texts.size();
        if (hashing) {
            double[] idf = new double[bucketDf.length];
            for (int i = 0; i < idf.length; i++) {
                idf[i] = idf(n, bucketDf[i]);
            }
            return new FeaturePipeline(config, List.of(), idf, n);
        }
        List<Map.Entry<String, Integer>> kept = termDf.entrySet().stream()
                .filter(e -> e.getValue() >= config.minDocumentFrequency())
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxVocabularySize())
                .toList();
        TreeMap<String, Integer> sorted = new TreeMap<>();
        kept.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<String> vocabulary = new ArrayList<>(sorted.keySet());
        double[] idf = new double[vocabulary.size()];
        int i = 0;
        for (int df : sorted.values()) {
            idf[i++] = idf(n, df);
        }
        return new FeaturePipeline(config, vocabulary, idf, n);
    }

    /** The configuration this pipeline was fitted with. */
    public FeatureConfig config() {
        return config;
    }

    /** The normaliser of this pipeline. */
    public TextNormalizer normalizer() {
        return normalizer;
    }

    /** Number of feature indices (vocabulary size or hash buckets). */
    public int dimension() {
        return idf.length;
    }

    /** The inverse document frequency of a feature index (lower = more common). */
    public double idf(int featureIndex) {
        return idf[featureIndex];
    }

    /** Number of documents the pipeline was fitted on. */
    public int documents() {
        return documents;
    }

    /** The vocabulary in index order (empty when hashing). */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** A stable name for a feature index: the term, or {@code h:<bucket>} when hashing. */
    public String featureName(int featureIndex) {
        return vocabulary.isEmpty() ? "h:" + featureIndex : vocabulary.get(featureIndex);
    }

    /** Every term (word n-gram, character n-gram) of {@code text}, in order, with repeats. */
    public List<String> terms(String text) {
        return terms(config, normalizer, text);
    }

    /** The sparse TF-IDF vector of {@code text}; unknown terms are ignored. */
    public FeatureVector transform(String text) {
        TreeMap<Integer, Double> counts = new TreeMap<>();
        Map<Integer, String> names = new HashMap<>();
        boolean hashing = config.hashingDimension() > 0;
        for (String term : terms(text)) {
            Integer i = hashing ? Integer.valueOf(bucket(term, config.hashingDimension())) : index.get(term);
            if (i != null) {
                counts.merge(i, 1.0, Double::sum);
                names.putIfAbsent(i, term);
            }
        }
        int[] indices = new int[counts.size()];
        double[] values = new double[counts.size()];
        String[] termNames = new String[counts.size()];
        int k = 0;
        double norm = 0;
        for (Map.Entry<Integer, Double> e : counts.entrySet()) {
            int i = e.getKey();
            double tf = config.sublinearTf() ? 1 + Math.log(e.getValue()) : e.getValue();
            double value = config.tfIdf() ? tf * idf[i] : tf;
            indices[k] = i;
            values[k] = value;
            termNames[k] = hashing ? names.get(i) : vocabulary.get(i);
            norm += value * value;
            k++;
        }
        if (config.l2Normalize() && norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int j = 0; j < values.length; j++) {
                values[j] *= scale;
            }
        }
        return new FeatureVector(indices, values, termNames);
    }

    /** The pipeline artifact: configuration plus fitted vocabulary and IDF, as JSON. */
    public byte[] toBytes() {
        return Json.write(new State(FORMAT, config, documents, vocabulary, idf));
    }

    /** Reads a pipeline artifact written by {@link #toBytes()}. */
    public static FeaturePipeline fromBytes(byte[] bytes) throws IOException {
        State state = Json.read(bytes, State.class);
        if (state.format() != FORMAT) {
            throw new IOException("unsupported feature pipeline format " + state.format());
        }
        return new FeaturePipeline(state.config(), state.vocabulary(), state.idf(), state.documents());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeaturePipeline p
                && config.equals(p.config)
                && vocabulary.equals(p.vocabulary)
                && Arrays.equals(idf, p.idf)
                && documents == p.documents;
    }

    @Override
    public int hashCode() {
        return config.hashCode() * 31 + vocabulary.hashCode();
    }

    private static double idf(int documents, int df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    static int bucket(String term, int dimension) {
        int hash = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, dimension);
    }

    private static List<String> terms(FeatureConfig config, TextNormalizer normalizer, String text) {
        List<String> tokens = normalizer.tokens(normalizer.normalize(text));
        List<String> terms = new ArrayList<>(tokens.size() * 3);
        for (int n = config.wordNgramMin(); n <= config.wordNgramMax(); n++) {
            for (int start = 0; start + n <= tokens.size(); start++) {
                terms.add(n == 1 ? tokens.get(start) : String.join(" ", tokens.subList(start, start + n)));
            }
        }
        if (config.charNgrams()) {
            for (String token : tokens) {
                String padded = "#" + token + "#";
                for (int n = config.charNgramMin(); n <= config.charNgramMax(); n++) {
                    for (int start = 0; start + n <= padded.length(); start++) {
                        terms.add("c:" + padded.substring(start, start + n));
                    }
                }
            }
        }
        return terms;
    }

    /** The persisted form of a pipeline. */
    record State(int format, FeatureConfig config, int documents, List<String> vocabulary, double[] idf) {}
}
