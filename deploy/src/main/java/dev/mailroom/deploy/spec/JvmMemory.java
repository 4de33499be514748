package dev.mailroom.deploy.spec;

/**
 * How a task's memory is split between the Java heap, JavaCPP's off-heap arrays (ND4J/DL4J) and everything else
 * native (metaspace, code cache, thread stacks, NIO buffers, Tesseract, glibc arenas). The heap is set with an explicit
 * {@code -Xmx}: the images start Java with {@code -XX:MaxRAMPercentage=75}, which an explicit heap size overrides, and
 * 75 % leaves too little for native memory in the classifier and training.
 *
 * @param taskMiB Fargate task memory
 * @param heapMiB maximum heap ({@code -Xmx})
 * @param javacppMiB cap of JavaCPP's tracked off-heap memory ({@code org.bytedeco.javacpp.maxbytes}), 0 for services
 *     without ND4J
 */
public record JvmMemory(int taskMiB, int heapMiB, int javacppMiB) {

    /** Native memory a JVM needs beyond heap and JavaCPP arrays (metaspace, threads, code cache, buffers): at least. */
    public static final int MIN_OTHER_NATIVE_MIB = 512;

    public JvmMemory {
        if (heapMiB < 256 || javacppMiB < 0) {
            throw new IllegalArgumentException("heap >= 256 MiB, JavaCPP >= 0");
        }
        int otherNative = taskMiB - heapMiB - javacppMiB;
        if (otherNative < Math.max(MIN_OTHER_NATIVE_MIB, taskMiB / 4)) {
            throw new IllegalArgumentException("task memory " + taskMiB + " MiB leaves " + otherNative
                    + " MiB beside heap and JavaCPP: keep at least a quarter and " + MIN_OTHER_NATIVE_MIB + " MiB");
        }
    }

    /** Memory left for the JVM's own native memory and native libraries. */
    public int otherNativeMiB() {
        return taskMiB - heapMiB - javacppMiB;
    }

    /** The value of {@code JAVA_TOOL_OPTIONS}. */
    public String javaToolOptions() {
        String options = "-Xmx" + heapMiB + "m -XX:+ExitOnOutOfMemoryError";
        if (javacppMiB > 0) {
            options += " -Dorg.bytedeco.javacpp.maxbytes=" + javacppMiB + "m";
        }
        return options;
    }
}
