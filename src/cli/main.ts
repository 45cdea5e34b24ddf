import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { prepareDatabase } from '../platform/db/prepare.ts';
import { commands } from './commands.ts';
import { registry } from '../features/index.ts';

const USAGE = `Usage: inclusio <command> [options]

Commands:
  migrate                         create or update the database, load the charter
  create-admin --email E --name N create a secretariat account (password asked, or --password-stdin)
  reset-second-factor --email E   remove someone's two-step sign-in (lost phone and recovery
                                  codes); they set it up again after their next sign-in
  seed --demo [--force]           fill the platform with realistic sample data (refused
                                  when real accounts exist, unless --force)
  seed --scale N                  add N signatories (for load tests)
  backup --out FILE               write every table to FILE (gzipped JSON lines)
  restore --in FILE               load a backup into a new, empty database
  export --out FILE               write the signatories as CSV (- for standard output)

The database is DATABASE_URL (default: SQLite in ./data). See README.md.`;

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(USAGE);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const { values } = parseArgs({ args: rest, options: command.options, allowPositionals: false, strict: true });
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    await prepareDatabase(database, registry);
    return await command.run({ database, config, values: values as Record<string, string | boolean | undefined> });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
