package org.warmline.platform.db;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.derby.drda.NetworkServerControl;

/** A Derby Network Server in this JVM on 127.0.0.1 and a free port, for office-server tests. */
public final class TestServer {
    private final int port;
    private NetworkServerControl control;

    private TestServer(int port) {
        this.port = port;
    }

    /** Starts a server on a free port and waits until it answers. */
    public static TestServer start() throws Exception {
        TestServer server = new TestServer(freePort());
        server.startAgain();
        return server;
    }

    /** A port on 127.0.0.1 that nothing listens on right now. */
    public static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port and waits until it answers. */
    public void startAgain() throws Exception {
        control = new NetworkServerControl(InetAddress.getByName("127.0.0.1"), port);
        control.start(new PrintWriter(new StringWriter()));
        for (int i = 0; i < 200; i++) {
            try {
                control.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("Derby network server did not start on " + port);
    }

    /** Stops the server; connected clients lose their connections. */
    public void stop() throws Exception {
        control.shutdown();
    }
}
