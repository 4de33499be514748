package dev.mailroom.sampledata;

/**
 * Knobs of the {@link SampleGenerator}.
 *
 * @param ocrNoiseRate share of documents whose text gets OCR-like corruption (0..1)
 * @param mixedSignalRate share of documents that also mention another document type (0..1)
 * @param shortRate share of very short documents (two or three lines)
 * @param quotedThreadRate share of e-mail style documents that quote an earlier message of any label below
 *     their own text (the label is always that of the new message on top)
 */
public record GeneratorOptions(double ocrNoiseRate, double mixedSignalRate, double shortRate, double quotedThreadRate) {

    /** Validates the rates. */
    public GeneratorOptions {
        check("ocrNoiseRate", ocrNoiseRate);
        check("mixedSignalRate", mixedSignalRate);
        check("shortRate", shortRate);
        check("quotedThreadRate", quotedThreadRate);
    }

    /** The defaults used by {@code new SampleGenerator(seed)}. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(0.15, 0.3, 0.18, 0.12);
    }

    /** Clean text only: no OCR corruption (handy for rendering scans). */
    public GeneratorOptions withoutNoise() {
        return new GeneratorOptions(0.0, mixedSignalRate, shortRate, quotedThreadRate);
    }

    /** The same options with another OCR-noise rate. */
    public GeneratorOptions withOcrNoiseRate(double rate) {
        return new GeneratorOptions(rate, mixedSignalRate, shortRate, quotedThreadRate);
    }

    private static void check(String name, double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + rate);
        }
    }
}
