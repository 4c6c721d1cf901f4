package jp.shinchoku.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's nginx serving a directory of static files on a free loopback port, as the current user,
 * with a configuration and temporary files of its own: the web server of a static export
 * (docs/static-export.md). Tests that need it run whenever nginx is installed; CI installs it.
 */
public final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    static final Path MIME_TYPES = Path.of("/etc/nginx/mime.types");

    private final Process process;
    private final Path home;
    private final int port;

    public static boolean available() {
        return Files.isExecutable(BINARY) && Files.isRegularFile(MIME_TYPES);
    }

    private Nginx(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    public static Nginx serve(Path root) throws IOException {
        Path home = Files.createTempDirectory("shinchoku-nginx");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // as root the workers would become 'nobody', who may not read a private temporary directory
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(home.resolve("nginx.conf"), user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    include %2$s;
                    types { text/csv csv; }
                    charset utf-8;
                    charset_types text/css text/plain text/xml text/csv application/javascript application/json;
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        index index.html;
                    }
                }
                """.formatted(home, MIME_TYPES, port, root.toAbsolutePath()));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString(),
                "-e", home.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, home, port);
        nginx.awaitListening();
        return nginx;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(home.resolve("stdout.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on port " + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
