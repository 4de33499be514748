package dev.mailroom.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Port availability on the loopback interface. */
public final class Ports {

    private Ports() {}

    /** True when nothing listens on {@code 127.0.0.1:port} and it can be bound. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that is free right now (the OS picks it). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses with {@link PortInUseException} when any port of any part is taken. */
    public static void requireFree(List<Part> parts) {
        for (Part part : parts) {
            for (int port : part.ports()) {
                if (!isFree(port)) {
                    throw new PortInUseException(part.name(), port);
                }
            }
        }
    }
}
