import { loadConfig, ConfigError } from './config.ts';
import { openDatabase } from './platform/db/database.ts';
import { prepareDatabase } from './platform/db/prepare.ts';
import { buildApp } from './app.ts';
import { startWorker } from './platform/jobs/queue.ts';
import { announceSetupLink } from './features/accounts/setup.ts';
import { scheduleHousekeeping } from './platform/jobs/housekeeping.ts';
import { registry } from './features/index.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const database = openDatabase(config.databaseUrl);
  await prepareDatabase(database, registry);
  const app = await buildApp({ config, database });
  const stopHousekeeping = scheduleHousekeeping(database.db, registry, config, (err) => app.log.error({ err }, 'housekeeping'));
  const worker = startWorker(database.db, database.dialect, registry.jobHandlers(config), (err) => app.log.error({ err }, 'job worker'));

  // Close in order on SIGTERM/SIGINT: stop taking requests, finish the job in hand, close the pool.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    stopHousekeeping();
    await app.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  await announceSetupLink(database.db, config, (line) => console.log(line));
}

void main();
