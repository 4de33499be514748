package dev.mailroom.deploy.spec;

/** The CPU and memory combinations Fargate accepts for Linux tasks. */
public final class FargateSizes {

    private FargateSizes() {}

    /** Whether {@code cpu} units with {@code memoryMiB} is a task size Fargate can run. */
    public static boolean isValid(int cpu, int memoryMiB) {
        return switch (cpu) {
            case 256 -> memoryMiB == 512 || memoryMiB == 1024 || memoryMiB == 2048;
            case 512 -> memoryMiB >= 1024 && memoryMiB <= 4096 && memoryMiB % 1024 == 0;
            case 1024 -> memoryMiB >= 2048 && memoryMiB <= 8192 && memoryMiB % 1024 == 0;
            case 2048 -> memoryMiB >= 4096 && memoryMiB <= 16384 && memoryMiB % 1024 == 0;
            case 4096 -> memoryMiB >= 8192 && memoryMiB <= 30720 && memoryMiB % 1024 == 0;
            case 8192 -> memoryMiB >= 16384 && memoryMiB <= 61440 && memoryMiB % 4096 == 0;
            case 16384 -> memoryMiB >= 32768 && memoryMiB <= 122880 && memoryMiB % 8192 == 0;
            default -> false;
        };
    }
}
