// `npm run neo4j`: runs the local Neo4j in the foreground (Ctrl-C stops it cleanly), for users who
// want it up while they run ingest, server or tests against it. Those reuse it through the instance
// record in the data folder, or point NEO4J_URI at the printed URI.
// `npm run neo4j -- --build` only builds the launcher (CI warms the cache with it).
import { isAtlasError } from '../model/errors.ts';
import { applySchema } from './apply-schema.ts';
import { ensureLauncherBuilt } from './launcher-build.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import neo4j from 'neo4j-driver';

const log = (msg: string) => console.log(`[neo4j] ${msg}`);

try {
  if (process.argv.includes('--build')) {
    await ensureLauncherBuilt(log);
    log('launcher is built');
    process.exit(0);
  }
  const instance = await startLocalNeo4j({ log, foreground: true });
  const driver = neo4j.driver(instance.uri);
  await applySchema(driver, log);
  await driver.close();
  if (!instance.owned) {
    log(`already running (pid ${instance.pid}); nothing to do`);
    process.exit(0);
  }
  log(`running at ${instance.uri} (data in ${instance.dataDir}); press Ctrl-C to stop`);
  const stop = () => void instance.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await instance.exited;
  log('stopped');
} catch (err) {
  console.error(isAtlasError(err) ? `[neo4j] ${err.message}` : err);
  process.exit(1);
}
