package claimgraph;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * A real Neo4j Community server (Bolt + HTTP + Neo4j Browser) on loopback, started through the
 * embedded {@link DatabaseManagementServiceBuilder}. Used for tests and local development.
 *
 * <pre>
 *   NEO4J_PASSWORD=secret123 java [flags] -cp 'neo4j-server.jar:lib/*' claimgraph.Neo4jServer HOME BOLT_PORT HTTP_PORT
 * </pre>
 *
 * <p>stdout carries exactly one line, {@code READY bolt://127.0.0.1:PORT http://127.0.0.1:PORT}, once
 * the default database is available; Neo4j's own log goes to stderr (and HOME/logs/debug.log).
 * SIGTERM/SIGINT shut the DBMS down cleanly through a shutdown hook.
 *
 * <p>Auth is enabled for user {@code neo4j}. Its password comes from {@code NEO4J_PASSWORD} (at least
 * 8 characters): before the first start it is written to data/dbms/auth.ini (as neo4j-admin dbms
 * set-initial-password does); on later starts it is compared with the stored one and changed with ALTER
 * USER if it differs, before READY is printed, so the env var is always the source of truth.
 * Setting {@code NEO4J_AUTH=none} instead disables auth.
 *
 * <p>A port of 0 binds a free port; READY reports the bound ports (but HTTP discovery, and so Browser,
 * would then advertise Bolt on 7687: pass real ports when Browser matters).
 */
public final class Neo4jServer {
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MIN_PASSWORD_LENGTH = 8;
    private static final String INITIAL_USER = "neo4j";

    private Neo4jServer() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Neo4j's non-daemon threads would otherwise keep a half-started JVM alive.
            System.err.println("claimgraph.Neo4jServer: failed to start");
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        // Neo4j (and some libraries) may print to System.out; keep stdout for our READY line only.
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        if (args.length != 3) {
            System.err.println("usage: claimgraph.Neo4jServer HOME_DIR BOLT_PORT HTTP_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        int boltPort = parsePort(args[1]);
        int httpPort = parsePort(args[2]);

        boolean authEnabled = !"none".equalsIgnoreCase(env("NEO4J_AUTH", ""));
        String password = env("NEO4J_PASSWORD", "");
        if (authEnabled && password.length() < MIN_PASSWORD_LENGTH) {
            System.err.println("NEO4J_PASSWORD must be set to at least " + MIN_PASSWORD_LENGTH
                    + " characters (or set NEO4J_AUTH=none to disable auth)");
            System.exit(2);
        }
        Files.createDirectories(home);
        if (authEnabled && !Files.exists(home.resolve("data/databases/system"))) {
            writeInitialPassword(home, password); // like neo4j-admin dbms set-initial-password
        }

        long pageCache = parseSize(env("NEO4J_PAGECACHE", "64m"));
        long t0 = System.nanoTime();

        Log4jLogProvider userLog = new Log4jLogProvider(System.err, Level.INFO);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(userLog)
                .setConfig(Map.of(
                        GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK),
                        GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK),
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort),
                        HttpConnector.enabled, true,
                        HttpConnector.listen_address, new SocketAddress(LOOPBACK, httpPort),
                        HttpsConnector.enabled, false,
                        GraphDatabaseSettings.auth_enabled, authEnabled))
                .setConfig(Map.of(
                        GraphDatabaseSettings.pagecache_memory, pageCache,
                        GraphDatabaseSettings.preallocate_logical_logs, false,
                        GraphDatabaseSettings.preallocate_store_files, false,
                        GraphDatabaseSettings.logical_log_rotation_threshold, 8L * 1024 * 1024,
                        GraphDatabaseSettings.keep_logical_logs, "2 files",
                        GraphDatabaseSettings.udc_enabled, false))
                // Faster stop: Bolt otherwise waits 2 x 5 s for Netty/connections on shutdown.
                .setConfig(Map.of(
                        GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0,
                        GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3),
                        BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1),
                        BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1)))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("claimgraph.Neo4jServer: shutting down");
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                userLog.close();
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            System.err.println("claimgraph.Neo4jServer: default database did not become available");
            System.exit(1);
        }
        if (authEnabled) {
            setPassword(dbms, password);
        }

        // Port 0 means "any free port": report the ports actually bound.
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        int boltBound = boundPort(ports, ConnectorType.BOLT, boltPort);
        int httpBound = boundPort(ports, ConnectorType.HTTP, httpPort);

        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.println("claimgraph.Neo4jServer: started in " + ms + " ms; Browser at http://"
                + LOOPBACK + ":" + httpBound + "/browser/");
        stdout.println("READY bolt://" + LOOPBACK + ":" + boltBound + " http://" + LOOPBACK + ":" + httpBound);
        stdout.flush();

        stopped.await();
    }

    /**
     * Before the very first start: store the initial credentials in data/dbms/auth.ini, which Neo4j
     * reads when it creates the system database (this is what neo4j-admin dbms set-initial-password does).
     */
    private static void writeInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(file.getParent());
            if (fs.fileExists(file)) {
                fs.deleteFile(file);
            }
            FileUserRepository users = new FileUserRepository(
                    fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(
                    INITIAL_USER,
                    null,
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()),
                    false,
                    false));
            users.shutdown();
        }
    }

    /**
     * Makes neo4j's password equal to NEO4J_PASSWORD, with no forced change. Reads the stored credential
     * first (no Cypher), and only runs ALTER USER when it differs: after a first start with auth.ini it
     * already matches, so READY is not delayed by compiling an administration command.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordMatches(system, password)) {
            return;
        }
        System.err.println("claimgraph.Neo4jServer: setting the password of user " + INITIAL_USER);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
            // Password unchanged: ensure no forced change is pending (harmless if none is).
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static boolean passwordMatches(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", INITIAL_USER);
            if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", Boolean.TRUE))) {
                return false;
            }
            Object stored = user.getProperty("credentials", null);
            return stored instanceof String s
                    && SystemGraphCredential.deserialize(s, new SecureHasher()).matchesPassword(UTF8.encode(password));
        } catch (Exception e) { // internal system-graph layout changed: fall back to ALTER USER
            System.err.println("claimgraph.Neo4jServer: could not check the stored password: " + e);
            return false;
        }
    }

    private static int boundPort(ConnectorPortRegister ports, ConnectorType type, int requested) {
        HostnamePort hp = ports == null ? null : ports.getLocalAddress(type);
        return hp == null ? requested : hp.getPort();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static int parsePort(String s) {
        int p = Integer.parseInt(s.trim());
        if (p < 0 || p > 65535) { // 0 = pick a free port
            throw new IllegalArgumentException("bad port: " + s);
        }
        return p;
    }

    private static long parseSize(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mult = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }
}
