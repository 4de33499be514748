package dev.mailroom.localstack.process;

/** A port the stack needs is taken by another process. */
public final class PortInUseException extends RuntimeException {

    private final String part;
    private final int port;

    PortInUseException(String part, int port) {
        super("port " + port + " needed by " + part + " is already in use (another mailroom stack or"
                + " program? find it with: ss -ltnp 'sport = :" + port + "')");
        this.part = part;
        this.port = port;
    }

    /** The part that needs the port. */
    public String part() {
        return part;
    }

    /** The taken port. */
    public int port() {
        return port;
    }
}
