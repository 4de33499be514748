package dev.mailroom.sampledata;

/**
 * Knobs of the {@link SampleGenerator}.
 *
 * @param ocrNoiseRate share of documents whose text gets OCR-like corruption (0..1)
 * @param mixedSignalRate share of documents that also mention another document type (0..1)
 * @param shortRate share of very short documents (two or three lines)
 */
public record GeneratorOptions(double ocrNoiseRate, double mixedSignalRate, double shortRate) {

    /** Validates the rates. */
    public GeneratorOptions {
        check("ocrNoiseRate", ocrNoiseRate);
        check("mixedSignalRate", mixedSignalRate);
        check("shortRate", shortRate);
    }

    /** The defaults used by {@code new SampleGenerator(seed)}. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(0.12, 0.3, 0.18);
    }

    /** Clean text only: no OCR corruption (handy for rendering scans). */
    public GeneratorOptions withoutNoise() {
        return new GeneratorOptions(0.0, mixedSignalRate, shortRate);
    }

    private static void check(String name, double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + rate);
        }
    }
}
