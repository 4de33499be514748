package dev.mailroom.model.features;

/**
 * How text becomes a feature vector; travels inside every model package so serving computes exactly what training
 * computed.
 *
 * @param lowercase lower-case the text (Locale.ROOT) before tokenising
 * @param foldDigits replace every digit by {@code 0} so amounts and dates share features
 * @param wordNgramMin smallest word n-gram (>= 1)
 * @param wordNgramMax largest word n-gram (>= wordNgramMin)
 * @param charNgrams also emit character n-grams of each word (prefixed {@code c:})
 * @param charNgramMin smallest character n-gram
 * @param charNgramMax largest character n-gram
 * @param minDocumentFrequency a term must occur in at least this many training documents (vocabulary mode)
 * @param maxVocabularySize keep at most this many terms, the most frequent first (vocabulary mode)
 * @param hashingDimension 0 for a fitted vocabulary; otherwise the number of hash buckets (feature hashing)
 * @param tfIdf weight term frequencies by inverse document frequency
 * @param sublinearTf use 1 + ln(tf) instead of the raw term count
 * @param l2Normalize scale every vector to unit length
 * @param maxTextLength characters of a document considered; the rest is ignored (bounds work per document)
 */
public record FeatureConfig(
        boolean lowercase,
        boolean foldDigits,
        int wordNgramMin,
        int wordNgramMax,
        boolean charNgrams,
        int charNgramMin,
        int charNgramMax,
        int minDocumentFrequency,
        int maxVocabularySize,
        int hashingDimension,
        boolean tfIdf,
        boolean sublinearTf,
        boolean l2Normalize,
        int maxTextLength) {

    public FeatureConfig {
        require(wordNgramMin >= 1, "wordNgramMin must be >= 1");
        require(wordNgramMax >= wordNgramMin, "wordNgramMax must be >= wordNgramMin");
        require(!charNgrams || (charNgramMin >= 1 && charNgramMax >= charNgramMin), "charNgram range is invalid");
        require(minDocumentFrequency >= 1, "minDocumentFrequency must be >= 1");
        require(maxVocabularySize >= 1, "maxVocabularySize must be >= 1");
        require(hashingDimension >= 0, "hashingDimension must be >= 0");
        require(maxTextLength >= 1, "maxTextLength must be >= 1");
    }

    /** Word uni- and bigrams, vocabulary with min df 2 and at most 50,000 terms, sublinear TF-IDF, L2-normalised. */
    public static FeatureConfig defaults() {
        return new FeatureConfig(true, true, 1, 2, false, 3, 5, 2, 50_000, 0, true, true, true, 100_000);
    }

    /** This configuration with character n-grams switched on or off. */
    public FeatureConfig withCharNgrams(boolean enabled) {
        return new FeatureConfig(
                lowercase,
                foldDigits,
                wordNgramMin,
                wordNgramMax,
                enabled,
                charNgramMin,
                charNgramMax,
                minDocumentFrequency,
                maxVocabularySize,
                hashingDimension,
                tfIdf,
                sublinearTf,
                l2Normalize,
                maxTextLength);
    }

    /** This configuration with another vocabulary bound. */
    public FeatureConfig withVocabulary(int minDf, int maxSize) {
        return new FeatureConfig(
                lowercase,
                foldDigits,
                wordNgramMin,
                wordNgramMax,
                charNgrams,
                charNgramMin,
                charNgramMax,
                minDf,
                maxSize,
                hashingDimension,
                tfIdf,
                sublinearTf,
                l2Normalize,
                maxTextLength);
    }

    /** This configuration with feature hashing into {@code dimension} buckets (0 = fitted vocabulary). */
    public FeatureConfig withHashing(int dimension) {
        return new FeatureConfig(
                lowercase,
                foldDigits,
                wordNgramMin,
                wordNgramMax,
                charNgrams,
                charNgramMin,
                charNgramMax,
                minDocumentFrequency,
                maxVocabularySize,
                dimension,
                tfIdf,
                sublinearTf,
                l2Normalize,
                maxTextLength);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("invalid feature config: " + message);
        }
    }
}
