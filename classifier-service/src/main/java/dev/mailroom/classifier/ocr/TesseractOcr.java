package dev.mailroom.classifier.ocr;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract (the system libtesseract through tess4j's JNA {@link TessAPI}) on a bounded pool. A
 * {@code TessBaseAPI} is not thread-safe and costly to initialise, so each worker thread initialises
 * its own once and keeps it. Callers block until their page is read; when every worker is busy and the
 * queue is full, {@link OcrBusyException} tells them to come back later.
 */
public final class TesseractOcr implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

    private final OcrSettings settings;
    private final TessAPI api;
    private final ThreadPoolExecutor pool;
    private final Set<TessBaseAPI> handles = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<TessBaseAPI> handle = ThreadLocal.withInitial(this::newHandle);

    public TesseractOcr(OcrSettings settings) {
        this.settings = settings;
        for (String language : settings.language().split("\\+")) {
            Path data = Path.of(settings.tessdataPath(), language + ".traineddata");
            if (!Files.isReadable(data)) {
                throw new IllegalStateException("Tesseract language data " + data
                        + " not found: install tesseract-ocr-" + language
                        + " and point mailroom.classifier.ocr.tessdata-path (or TESSDATA_PREFIX) at its folder");
            }
        }
        NativeEnvironment.limitOpenMpThreads();
        this.api = Native.load("tesseract", TessAPI.class);
        AtomicInteger threadNumber = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                settings.threads(),
                settings.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()),
                runnable -> {
                    // each worker loads its Tesseract instance as it starts, not on its first page
                    Runnable warm = () -> {
                        try {
                            handle.get();
                        } catch (RuntimeException e) {
                            // surfaces again, as this page's failure, when the first page asks for it
                            log.warn("Tesseract worker could not initialise: {}", e.getMessage());
                        }
                        runnable.run();
                    };
                    Thread thread = new Thread(warm, "ocr-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        pool.prestartAllCoreThreads();
    }

    /** Reads the text of one image; blocks until a worker has done it. */
    public String recognize(BufferedImage image) {
        Future<String> result;
        try {
            result = pool.submit(() -> read(image));
        } catch (RejectedExecutionException e) {
            throw new OcrBusyException(
                    "all " + settings.threads() + " OCR workers busy and " + settings.queueCapacity() + " pages queued",
                    e);
        }
        try {
            return result.get(settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(false);
            throw new RejectionException(
                    RejectReason.TIMEOUT, "OCR of a page took longer than " + settings.pageTimeout(), e);
        } catch (InterruptedException e) {
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OCR", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RejectionException(RejectReason.OCR_FAILED, "OCR failed: " + e.getCause(), e.getCause());
        }
    }

    /** Number of pages currently waiting for a worker. */
    public int queued() {
        return pool.getQueue().size();
    }

    private String read(BufferedImage image) {
        TessBaseAPI tess = handle.get();
        int width = image.getWidth();
        int height = image.getHeight();
        ByteBuffer pixels = grayPixels(image);
        api.TessBaseAPISetImage(tess, pixels, width, height, 1, width);
        api.TessBaseAPISetSourceResolution(tess, settings.dpi());
        Pointer text = api.TessBaseAPIGetUTF8Text(tess);
        try {
            if (text == null) {
                throw new RejectionException(RejectReason.OCR_FAILED, "Tesseract returned no text for the page");
            }
            return text.getString(0, "UTF-8");
        } finally {
            if (text != null) {
                api.TessDeleteText(text);
            }
            api.TessBaseAPIClear(tess);
        }
    }

    private TessBaseAPI newHandle() {
        TessBaseAPI tess = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(tess, settings.tessdataPath(), settings.language()) != 0) {
            api.TessBaseAPIDelete(tess);
            throw new IllegalStateException("Tesseract could not initialise language '" + settings.language()
                    + "' from " + settings.tessdataPath());
        }
        api.TessBaseAPISetPageSegMode(tess, settings.pageSegMode());
        handles.add(tess);
        return tess;
    }

    /** 8-bit grey, white background (transparent pixels would otherwise read as black). */
    static ByteBuffer grayPixels(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(data.length);
        buffer.put(data).flip();
        return buffer;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                return; // a worker may still use its handle: leave the native memory to process exit
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (TessBaseAPI tess : handles) {
            api.TessBaseAPIEnd(tess);
            api.TessBaseAPIDelete(tess);
        }
        handles.clear();
    }
}
