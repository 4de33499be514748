package dev.mailroom.localstack.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Ready when a TCP connection to the port succeeds. */
public record TcpCheck(String host, int port) implements HealthCheck {

    @Override
    public boolean ready() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }
}
