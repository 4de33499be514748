package dev.mailroom.bench;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.mailroom.sampledata.SampleGenerator;
import dev.mailroom.sampledata.ScanRenderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * OCR per page in-process (libtesseract through tess4j's JNA API with classifier-service's settings: page
 * segmentation mode 3, 300 dpi, 8-bit grey, one handle reused) against the {@code tesseract} command on the same
 * PNG pages ({@code tesseract page.png - --psm 3}, one process per page, as an operator would run it). Both run with
 * {@code OMP_THREAD_LIMIT=1} (set it for this JVM too). The overhead is in-process time / command time - 1.
 */
final class OcrBench {

    private static final int PSM_AUTO = 3;
    private final Printer printer;

    OcrBench(Printer printer) {
        this.printer = printer;
    }

    /** Parameters of one run. */
    record Settings(int pages, int warmup, String tessdata, String tesseractCommand) {

        static Settings from(Args args) {
            return new Settings(
                    args.integer("pages", 8),
                    args.integer("warmup", 2),
                    args.string("tessdata", System.getenv().getOrDefault("TESSDATA_PREFIX", defaultTessdata())),
                    args.string("tesseract", "tesseract"));
        }

        private static String defaultTessdata() {
            for (String candidate :
                    List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata")) {
                if (Files.isDirectory(Path.of(candidate))) {
                    return candidate;
                }
            }
            return "/usr/share/tesseract-ocr/5/tessdata";
        }
    }

    Map<String, Object> run(Settings settings) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("mailroom-ocr-bench");
        ScanRenderer renderer = new ScanRenderer(5);
        SampleGenerator generator = new SampleGenerator(5);
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < settings.pages() + settings.warmup(); i++) {
            Path png = dir.resolve("page-" + i + ".png");
            Files.write(png, renderer.renderPng(generator.document(i).text()));
            pages.add(png);
        }
        printer.line(
                "ocr: %d pages (300 dpi PNG), %d warm-up, tessdata %s",
                settings.pages(), settings.warmup(), settings.tessdata());

        TessAPI api = Native.load("tesseract", TessAPI.class);
        TessBaseAPI tess = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(tess, settings.tessdata(), "eng") != 0) {
            throw new IllegalStateException("Tesseract could not load 'eng' from " + settings.tessdata());
        }
        api.TessBaseAPISetPageSegMode(tess, PSM_AUTO);
        Latencies inProcess = new Latencies();
        Latencies command = new Latencies();
        long inProcessChars = 0;
        try {
            for (int i = 0; i < pages.size(); i++) {
                byte[] png = Files.readAllBytes(pages.get(i));
                long start = System.nanoTime();
                String text = read(api, tess, ImageIO.read(new ByteArrayInputStream(png)));
                long micros = (System.nanoTime() - start) / 1000;
                if (i >= settings.warmup()) {
                    inProcess.recordMicros(micros);
                    inProcessChars += text.length();
                }
            }
        } finally {
            api.TessBaseAPIEnd(tess);
            api.TessBaseAPIDelete(tess);
        }
        for (int i = settings.warmup(); i < pages.size(); i++) {
            ProcessBuilder builder = new ProcessBuilder(
                            settings.tesseractCommand(), pages.get(i).toString(), "-", "--psm", "3")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            builder.environment().put("TESSDATA_PREFIX", settings.tessdata());
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("tesseract command failed on " + pages.get(i));
            }
            command.recordMicros((System.nanoTime() - start) / 1000);
        }
        double mean = inProcess.meanMillis();
        double commandMean = command.meanMillis();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("bench", "ocr");
        result.put("pages", settings.pages());
        result.put("omp_thread_limit", System.getenv().getOrDefault("OMP_THREAD_LIMIT", "unset"));
        result.put("in_process_mean_ms", Latencies.round(mean));
        result.putAll(inProcess.summary("in_process_"));
        result.put("command_mean_ms", Latencies.round(commandMean));
        result.putAll(command.summary("command_"));
        result.put("overhead", Latencies.round(mean / commandMean - 1));
        result.put("chars_per_page", inProcessChars / Math.max(1, settings.pages()));
        return result;
    }

    private static String read(TessAPI api, TessBaseAPI tess, BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer pixels = ByteBuffer.allocateDirect(data.length).put(data).flip();
        api.TessBaseAPISetImage(tess, pixels, image.getWidth(), image.getHeight(), 1, image.getWidth());
        api.TessBaseAPISetSourceResolution(tess, ScanRenderer.DPI);
        Pointer text = api.TessBaseAPIGetUTF8Text(tess);
        try {
            return text == null ? "" : text.getString(0, "UTF-8");
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(tess);
        }
    }
}
