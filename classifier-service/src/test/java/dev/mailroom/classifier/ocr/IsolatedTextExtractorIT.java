package dev.mailroom.classifier.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.testsupport.HostileDocuments;
import dev.mailroom.testsupport.HostileDocuments.Hostile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extraction in child worker JVMs with real PDFBox and Tesseract: hostile documents are rejected with their
 * reason and cost at most the worker, a worker killed mid-document (as by a native crash) or past its time limit
 * is reported and replaced, and the next document is read. Also measures the isolation's overhead per page.
 */
class IsolatedTextExtractorIT {

    private static final Logger log = LoggerFactory.getLogger(IsolatedTextExtractorIT.class);
    static final List<String> INVOICE = List.of("INVOICE number 4711", "Amount due: 1250 EUR");
    static final byte[] TEXT = "Purchase order 77: please deliver ten units".getBytes(StandardCharsets.UTF_8);

    static OcrSettings ocrSettings;
    static IsolatedTextExtractor workers;

    @BeforeAll
    static void startWorkers() {
        ocrSettings = new OcrSettings(
                DocumentTextExtractorIT.tessdata(), "eng", 3, 300, 1, 4, Duration.ofSeconds(60), 20, 40_000_000L, 20);
        workers = new IsolatedTextExtractor(ocrSettings, settings(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stopWorkers() {
        workers.close();
    }

    static WorkerSettings settings(Duration documentTimeout) {
        return new WorkerSettings(documentTimeout, Duration.ofSeconds(60), "256m", "");
    }

    @Test
    void scannedPageIsReadInAWorkerProcess() {
        ExtractedText text = workers.extract(PageImages.png(INVOICE));

        assertThat(text.method()).isEqualTo(ExtractedText.Method.OCR);
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.text().toLowerCase(Locale.ROOT)).contains("invoice", "4711", "1250");
        assertThat(workers.workerPids())
                .hasSize(1)
                .doesNotContain(ProcessHandle.current().pid());
    }

    @Test
    void everyHostileDocumentIsRejectedAndTheWorkerReadsTheNextDocument() {
        Map<String, RejectReason> expected = Map.of(
                "recursive-type3-with-tiling-pattern.pdf", RejectReason.UNREADABLE,
                "type3-nested-3000-deep.pdf", RejectReason.UNREADABLE,
                "page-tree-loop.pdf", RejectReason.UNREADABLE,
                "image-100000x100000.pdf", RejectReason.UNREADABLE,
                "png-100000x100000.png", RejectReason.BOMB,
                "tiff-bomb-100000x100000.tif", RejectReason.BOMB,
                "nested-array-100000-deep.pdf", RejectReason.UNREADABLE,
                "garbage-with-pdf-header.pdf", RejectReason.UNREADABLE,
                "image-40000x40000.pdf", RejectReason.UNREADABLE);
        List<Hostile> files = new ArrayList<>(HostileDocuments.pdfsAndImages());
        // 1.6 GB of pixels PDFBox does try to allocate: an OutOfMemoryError in the 256 MB worker, not the service
        files.add(new Hostile("image-40000x40000.pdf", HostileDocuments.hugeImagePdf(40_000)));
        for (Hostile file : files) {
            long started = System.nanoTime();
            Long pidBefore = workers.workerPids().get(0);

            assertThatThrownBy(() -> workers.extract(file.bytes()))
                    .as(file.name())
                    .isInstanceOfSatisfying(RejectionException.class, e -> {
                        log.info(
                                "worker: hostile {}: {} in {} ms, worker {} ({})",
                                file,
                                e.reason().code(),
                                (System.nanoTime() - started) / 1_000_000,
                                workers.workerPids().get(0).equals(pidBefore) ? "kept" : "replaced",
                                e.getMessage());
                        assertThat(e.reason()).as(e.getMessage()).isEqualTo(expected.get(file.name()));
                    });
            assertThat(workers.extract(TEXT).text()).contains("Purchase order 77");
        }
    }

    @Test
    void workerKilledMidDocumentIsReportedAsOcrFailedAndReplaced() throws Exception {
        Long pid = workers.workerPids().get(0);
        CompletableFuture<ExtractedText> page =
                CompletableFuture.supplyAsync(() -> workers.extract(PageImages.imageOnlyPdf(INVOICE, 20)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> workers.busyWorkers() == 1);
        Thread.sleep(500); // 20 pages take several seconds: the worker is reading them now
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // what a segfault in libtesseract looks like

        assertThatThrownBy(() -> page.get(60, TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(RejectionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.OCR_FAILED);
                    assertThat(e.getMessage()).contains("worker process died", "signal 9");
                });
        assertThat(workers.workerPids()).hasSize(1).doesNotContain(pid);
        assertThat(workers.extract(PageImages.png(INVOICE)).text().toLowerCase(Locale.ROOT))
                .contains("invoice");
    }

    @Test
    void documentOverTheTimeLimitIsRejectedAsTimeoutAndTheWorkerIsReplaced() {
        try (IsolatedTextExtractor strict = new IsolatedTextExtractor(ocrSettings, settings(Duration.ofMillis(400)))) {
            Long pid = strict.workerPids().get(0);
            long started = System.nanoTime();

            assertThatThrownBy(() -> strict.extract(PageImages.imageOnlyPdf(INVOICE, 5)))
                    .isInstanceOfSatisfying(RejectionException.class, e -> assertThat(e.reason())
                            .isEqualTo(RejectReason.TIMEOUT));
            long took = (System.nanoTime() - started) / 1_000_000;
            log.info("worker: 5-page scan with a 400 ms limit: timeout after {} ms (incl. worker restart)", took);

            assertThat(strict.workerPids()).hasSize(1).doesNotContain(pid);
            assertThat(strict.extract(TEXT).text()).contains("Purchase order 77");
        }
    }

    @Test
    void closingStopsEveryWorkerProcess() {
        IsolatedTextExtractor extractor = new IsolatedTextExtractor(ocrSettings, settings(Duration.ofSeconds(60)));
        List<ProcessHandle> processes = extractor.workerPids().stream()
                .map(pid -> ProcessHandle.of(pid).orElseThrow())
                .toList();

        extractor.close();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> processes.stream()
                .noneMatch(ProcessHandle::isAlive));
    }

    /** Not a pass/fail test: the cost of the process boundary per scanned page, logged for the README. */
    @Test
    void isolationOverheadPerPageIsMeasured() {
        byte[] png = PageImages.png(INVOICE);
        byte[] pdf = PageImages.imageOnlyPdf(INVOICE, 1);
        try (TesseractOcr ocr = new TesseractOcr(ocrSettings)) {
            DocumentTextExtractor inProcess = new DocumentTextExtractor(ocrSettings, ocr);
            for (byte[] document : List.of(png, pdf)) {
                inProcess.extract(document);
                workers.extract(document);
                long inProcessNanos = 0;
                long isolatedNanos = 0;
                int rounds = 5;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    inProcess.extract(document);
                    long t1 = System.nanoTime();
                    workers.extract(document);
                    isolatedNanos += System.nanoTime() - t1;
                    inProcessNanos += t1 - t0;
                }
                log.info(
                        "worker: overhead on a one-page {} ({} bytes): in-process {} ms/page, worker process {} ms/page",
                        document == png ? "PNG scan" : "image-only PDF",
                        document.length,
                        inProcessNanos / rounds / 1_000_000,
                        isolatedNanos / rounds / 1_000_000);
            }
        }
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            workers.extract(TEXT);
        }
        log.info("worker: round trip of a plain-text document {} us", (System.nanoTime() - started) / 20 / 1000);
    }
}
