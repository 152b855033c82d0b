package org.atlas.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j with Bolt on 127.0.0.1, for machines without Docker. Everything else (build, spawn,
 * reuse, stop) lives in db/local-neo4j.ts; this stays as small as Neo4j allows.
 *
 * Env: DATA_DIR (default .data/neo4j), NEO4J_PORT (default 7687), NEO4J_PAGECACHE (default 256m),
 * NEO4J_TX_MEMORY (default 512m). Heap is set by the caller with -Xmx.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(env("DATA_DIR", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Local, loopback-only instance: no auth, like a developer database.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "256m")))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        ByteUnit.parse(env("NEO4J_TX_MEMORY", "512m")))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt otherwise waits 2 x 5 s for idle connections on shutdown; nothing is in flight
                // once the owning node process stops us, so 1 s keeps restarts (and tests) quick.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks; closing the DBMS flushes the store so data survives.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the store is broken
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Stop when the parent closes our stdin (it died without signalling us), so the JVM never
        // outlives the node process. With stdin not piped (foreground `npm run neo4j`) we just wait.
        if (System.getenv("NEO4J_WATCH_STDIN") != null) {
            while (System.in.read() != -1) { /* discard */ }
            System.exit(0);
        }
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
