package dev.kvet.schedule.pod;

/**
 * A host port a container binds ({@code ports[].hostPort}).
 *
 * @param ip       hostIP, {@code 0.0.0.0} when unset
 * @param protocol TCP, UDP or SCTP
 * @param port     the port number
 */
public record HostPort(String ip, String protocol, int port) {

    private static final String ANY = "0.0.0.0";

    public HostPort {
        ip = ip == null || ip.isEmpty() ? ANY : ip;
        protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
    }

    /** Whether two bindings collide, as NodePorts' HostPortInfo decides: same port and protocol, and same or wildcard IP. */
    public boolean conflicts(HostPort other) {
        return port == other.port && protocol.equals(other.protocol)
                && (ip.equals(other.ip) || ANY.equals(ip) || ANY.equals(other.ip));
    }
}
