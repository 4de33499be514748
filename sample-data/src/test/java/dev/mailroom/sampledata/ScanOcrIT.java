package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real Tesseract CLI on rendered scans: the noise must not stop OCR from reading them. */
class ScanOcrIT {

    @Test
    void tesseractReadsRenderedScansWithHighWordAccuracy(@TempDir Path dir) throws Exception {
        assumeTrue(
                tesseractAvailable(), "tesseract CLI not installed (apt-get install tesseract-ocr tesseract-ocr-eng)");
        SampleGenerator generator =
                new SampleGenerator(2026, GeneratorOptions.defaults().withoutNoise());
        ScanRenderer renderer = new ScanRenderer(7);
        double sum = 0;
        double min = 1;
        int pages = 0;
        for (int i = 0; i < 7; i++) {
            SampleDocument doc = generator.document(i);
            List<byte[]> pngs = renderer.renderPngPages(doc.text());
            StringBuilder ocr = new StringBuilder();
            for (int p = 0; p < pngs.size(); p++) {
                Path png = dir.resolve(doc.baseName() + "-" + p + ".png");
                Files.write(png, pngs.get(p));
                ocr.append(tesseract(png, dir.resolve(doc.baseName() + "-" + p)))
                        .append('\n');
            }
            double accuracy = wordAccuracy(doc.text(), ocr.toString());
            assertThat(accuracy)
                    .as("word accuracy of %s (%s)", doc.id(), doc.label())
                    .isGreaterThan(0.8);
            sum += accuracy;
            min = Math.min(min, accuracy);
            pages++;
        }
        double mean = sum / pages;
        System.getLogger(ScanOcrIT.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        String.format(
                                Locale.ROOT,
                                "Tesseract word accuracy on %d scanned documents: mean %.4f, min %.4f",
                                pages,
                                mean,
                                min));
        assertThat(mean).isGreaterThanOrEqualTo(0.9);
    }

    /** Share of reference words recovered in order (longest common subsequence over words). */
    static double wordAccuracy(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        int[][] lcs = new int[ref.size() + 1][hyp.size() + 1];
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= hyp.size(); j++) {
                lcs[i][j] = ref.get(i - 1).equals(hyp.get(j - 1))
                        ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return ref.isEmpty() ? 1.0 : lcs[ref.size()][hyp.size()] / (double) ref.size();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean tesseractAvailable() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tesseract(Path png, Path outBase) throws Exception {
        Process p = new ProcessBuilder("tesseract", png.toString(), outBase.toString(), "-l", "eng")
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(Path.of(outBase + ".txt"), StandardCharsets.UTF_8);
    }
}
