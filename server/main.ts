// `npm run serve`: connect to Neo4j (local unless NEO4J_URI), serve the API and the built explorer on
// PORT (default 3000), and shut down gracefully on SIGTERM/SIGINT.
import { pathToFileURL } from 'node:url';
import { defaultLogger } from './app.ts';
import { startServer } from './start-server.ts';

export { startServer } from './start-server.ts';

async function main(): Promise<void> {
  await startServer({ logger: defaultLogger(), signals: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
