package dev.mailroom.sampledata.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Parsed command line.
 *
 * @param count number of documents
 * @param format output format
 * @param out output directory (or, for jsonl without split, a {@code .jsonl} file)
 * @param seed generator seed
 * @param split share of documents for the training set (0 = no split)
 * @param ocrNoise OCR-noise rate override, negative = default
 */
record CliOptions(int count, Format format, Path out, long seed, double split, double ocrNoise) {

    /** The output formats. */
    enum Format {
        JSONL,
        FOLDERS,
        PDF,
        SCAN,
        EML
    }

    static final String USAGE = String.join(
            "\n",
            "usage: java -jar sample-data.jar --out DIR [--count N] [--format jsonl|folders|pdf|scan|eml] [--seed S]",
            "                                 [--split 0.7] [--ocr-noise RATE]",
            "  --count      number of documents, balanced over the seven labels (default 1000)",
            "  --format     jsonl (default): DIR/samples.jsonl, or the --out file if it ends with .jsonl;",
            "               folders: DIR/<label>/<id>.txt; pdf: DIR/<label>/<id>.pdf with a text layer;",
            "               scan: DIR/<label>/<id>.png (300 dpi) and an image-only DIR/<label>/<id>.pdf;",
            "               eml: DIR/<label>/<id>.eml. Every format but jsonl also writes DIR/manifest.jsonl.",
            "  --seed       generator seed (default 42); the same seed gives the same files",
            "  --split      train share: writes train.jsonl/test.jsonl (jsonl) or DIR/train, DIR/test",
            "  --ocr-noise  share of documents with OCR-like corruption (default 0.12; scans default to 0)");

    static CliOptions parse(String[] args) {
        int count = 1000;
        Format format = Format.JSONL;
        Path out = null;
        long seed = 42;
        double split = 0;
        double noise = -1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                throw new UsageException(null);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("missing value for " + name);
                }
                value = args[++i];
            }
            try {
                switch (name) {
                    case "--count" -> count = Integer.parseInt(value);
                    case "--format" -> format = Format.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--out" -> out = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--split" -> split = Double.parseDouble(value);
                    case "--ocr-noise" -> noise = Double.parseDouble(value);
                    default -> throw new UsageException("unknown option " + name);
                }
            } catch (IllegalArgumentException e) {
                if (e instanceof UsageException u) {
                    throw u;
                }
                throw new UsageException("bad value '" + value + "' for " + name);
            }
        }
        if (out == null) {
            throw new UsageException("--out is required");
        }
        if (count < 0) {
            throw new UsageException("--count must be >= 0");
        }
        if (split < 0 || split >= 1) {
            throw new UsageException("--split must be in [0, 1)");
        }
        if (noise > 1) {
            throw new UsageException("--ocr-noise must be in [0, 1]");
        }
        return new CliOptions(count, format, out, seed, split, noise);
    }

    /** A command line that cannot be run; a null message means "print usage only". */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
