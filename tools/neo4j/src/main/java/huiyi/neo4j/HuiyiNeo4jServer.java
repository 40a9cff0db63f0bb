package huiyi.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * A Neo4j Community DBMS embedded in one JVM, reachable over Bolt on 127.0.0.1, with authentication off unless
 * HUIYI_NEO4J_PASSWORD gives the password of the user {@code neo4j}.
 *
 * <p>Stdout carries exactly one line, {@code huiyi-neo4j ready bolt://127.0.0.1:PORT [http://127.0.0.1:PORT/browser/]},
 * once the default database accepts queries; everything else (Neo4j's own log, errors) goes to stderr, so a
 * parent process can wait for that line and show stderr only when startup fails.
 */
public final class HuiyiNeo4jServer {

    private static final String HOST = "127.0.0.1";
    private static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;
    private static final String PASSWORD_VARIABLE = "HUIYI_NEO4J_PASSWORD";
    /** Neo4j's default dbms.security.auth_minimum_password_length. */
    private static final int MINIMUM_PASSWORD_LENGTH = 8;

    private record Options(
            int boltPort,
            Integer httpPort,
            Path home,
            Path pluginDir,
            String password,
            boolean exitOnStdinClose,
            boolean ephemeral) {}

    private HuiyiNeo4jServer() {}

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException error) {
            System.err.println("huiyi-neo4j: " + error.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(options.home());
            dbms = start(options);
        } catch (IOException | RuntimeException error) {
            System.err.println("huiyi-neo4j: could not start Neo4j in " + options.home() + ": " + error);
            error.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM, SIGINT and System.exit all run shutdown hooks: the store is closed cleanly in every case.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            if (options.ephemeral()) {
                deleteRecursively(options.home());
            }
            stopped.countDown();
        }, "huiyi-neo4j-shutdown"));

        GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        StringBuilder ready = new StringBuilder("huiyi-neo4j ready bolt://").append(address(ports, ConnectorType.BOLT));
        if (options.httpPort() != null) {
            ready.append(" http://").append(address(ports, ConnectorType.HTTP)).append("/browser/");
        }
        System.out.println(ready);
        System.out.flush();

        if (options.exitOnStdinClose()) {
            watchStdin();
        }
        stopped.await();
    }

    private static DatabaseManagementService start(Options options) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.home())
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                .setConfig(GraphDatabaseSettings.auth_enabled, options.password() != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                // otherwise every database starts with a 256 MiB transaction log file
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginDir())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.boltPort()))
                // what HTTP discovery tells Neo4j Browser to connect to
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, options.httpPort() != null);
        if (options.httpPort() != null) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, options.httpPort()));
        }
        DatabaseManagementService dbms = builder.build();
        if (options.password() != null) {
            setPassword(dbms, options.password());
        }
        return dbms;
    }

    /**
     * An embedded transaction runs with full rights, so it may set the password of the built-in user directly:
     * no neo4j/neo4j login with a forced change, as on a fresh server.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    /** The address actually bound, which differs from the configured one when port 0 asked for any free port. */
    private static String address(ConnectorPortRegister ports, ConnectorType connector) {
        HostnamePort bound = ports.getLocalAddress(connector);
        return HOST + ":" + bound.getPort();
    }

    /** A parent that dies without signalling us (a killed test runner) still closes our stdin: stop then. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream stdin = System.in;
            byte[] buffer = new byte[256];
            try {
                while (stdin.read(buffer) != -1) {
                    // input is ignored: only its end matters
                }
            } catch (IOException ignored) {
                // a broken stdin means the parent is gone, same as end of input
            }
            System.exit(0);
        }, "huiyi-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException error) {
            System.err.println("huiyi-neo4j: could not delete " + root + ": " + error);
        }
    }

    private static Options parse(String[] args) {
        Map<String, String> env = System.getenv();
        int boltPort = port(env.getOrDefault("HUIYI_NEO4J_PORT", "7687"), "HUIYI_NEO4J_PORT");
        String httpPortEnv = env.get("HUIYI_NEO4J_HTTP_PORT");
        Integer httpPort = httpPortEnv == null || httpPortEnv.isEmpty() ? null : port(httpPortEnv, "HUIYI_NEO4J_HTTP_PORT");
        String home = env.get("HUIYI_NEO4J_DATA");
        String pluginDir = env.get("HUIYI_NEO4J_PLUGINS");
        // from the environment only: a command line is visible to every user of the machine
        String password = env.get(PASSWORD_VARIABLE);
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    PASSWORD_VARIABLE + " must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        boolean exitOnStdinClose = false;
        boolean ephemeral = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> boltPort = port(value(args, ++i, arg), arg);
                case "--http-port" -> httpPort = port(value(args, ++i, arg), arg);
                case "--no-http" -> httpPort = null;
                case "--data" -> home = value(args, ++i, arg);
                case "--plugins" -> pluginDir = value(args, ++i, arg);
                case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                case "--ephemeral" -> ephemeral = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("no data directory: give --data DIR or HUIYI_NEO4J_DATA");
        }
        Path homePath = Path.of(home).toAbsolutePath();
        Path pluginPath = pluginDir == null ? homePath.resolve("plugins") : Path.of(pluginDir).toAbsolutePath();
        return new Options(boltPort, httpPort, homePath, pluginPath, password, exitOnStdinClose, ephemeral);
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int port(String text, String source) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException error) {
            throw new IllegalArgumentException(source + " must be a port number 0-65535 (0: any free port), got '" + text + "'");
        }
    }

    private static String usage() {
        return String.join("\n",
                "usage: HuiyiNeo4jServer --data DIR [--port N] [--http-port N | --no-http] [--plugins DIR] [--exit-on-stdin-close] [--ephemeral]",
                "  --data DIR             Neo4j home (store, logs); env HUIYI_NEO4J_DATA",
                "  --port N               Bolt port on 127.0.0.1, default 7687, 0 = any free port; env HUIYI_NEO4J_PORT",
                "  --http-port N          also serve HTTP and Neo4j Browser on 127.0.0.1:N; env HUIYI_NEO4J_HTTP_PORT",
                "  --plugins DIR          Neo4j plugin directory (APOC); env HUIYI_NEO4J_PLUGINS",
                "  --exit-on-stdin-close  stop when standard input ends (for a parent process that may die)",
                "  --ephemeral            delete the data directory when stopping (throwaway test stores)",
                "environment: HUIYI_NEO4J_PASSWORD (8 characters or more) turns authentication on for user neo4j");
    }
}
