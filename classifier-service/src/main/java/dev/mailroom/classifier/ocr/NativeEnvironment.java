package dev.mailroom.classifier.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@code OMP_THREAD_LIMIT=1} in the process environment before libtesseract (and with it libgomp)
 * is loaded, unless the variable is set already. OpenMP reads it once when it initialises: with its
 * default of one thread per core, a page took 5 s instead of 1 s on a shared 2-core machine. The
 * container image sets the variable as well; this covers plain {@code java -jar} runs.
 */
final class NativeEnvironment {

    static final String OMP_THREAD_LIMIT = "OMP_THREAD_LIMIT";

    private static final Logger log = LoggerFactory.getLogger(NativeEnvironment.class);

    private NativeEnvironment() {}

    /** Makes sure OpenMP inside Tesseract uses one thread per OCR worker. */
    static synchronized void limitOpenMpThreads() {
        if (System.getenv(OMP_THREAD_LIMIT) != null) {
            return;
        }
        if (Platform.isWindows()) {
            log.warn("{} is not set; Tesseract may use one OpenMP thread per core", OMP_THREAD_LIMIT);
            return;
        }
        try {
            LibC libc = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
            if (libc.setenv(OMP_THREAD_LIMIT, "1", 0) != 0) {
                log.warn("could not set {}=1; Tesseract may use one OpenMP thread per core", OMP_THREAD_LIMIT);
            }
        } catch (UnsatisfiedLinkError e) {
            log.warn("could not set {}=1 ({}); set it in the environment", OMP_THREAD_LIMIT, e.getMessage());
        }
    }

    /** The one libc function needed. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }
}
