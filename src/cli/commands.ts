import fs from 'node:fs';
import readline from 'node:readline';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { backup, restore } from './backup.ts';
import { createAdmin, resetSecondFactor } from '../features/accounts/service.ts';
import { seedDemo, seedScale } from './seed.ts';
import { progressBar } from './progress.ts';
import { wholeSelection } from '../features/signatories/service.ts';
import { DEFAULT_FILTER } from '../features/signatories/query.ts';
import { toCsv, toRecord } from '../features/signatories/opendata.ts';

export interface CommandContext {
  database: Database;
  config: Config;
  values: Record<string, string | boolean | undefined>;
}

interface Command {
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(ctx: CommandContext): Promise<number>;
}

async function readPassword(fromStdin: boolean): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: fromStdin ? undefined : process.stdout, terminal: !fromStdin && process.stdin.isTTY });
  if (fromStdin) {
    for await (const line of rl) return line;
    return '';
  }
  return new Promise((resolve) => rl.question('Password (at least 12 characters): ', (answer) => (rl.close(), resolve(answer))));
}

export const commands: Record<string, Command> = {
  migrate: {
    options: {},
    // prepareDatabase already ran in main(): report and stop.
    async run() {
      console.log('Database is up to date.');
      return 0;
    },
  },

  'create-admin': {
    options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    async run({ database, values }) {
      if (typeof values.email !== 'string' || typeof values.name !== 'string') {
        console.error('create-admin needs --email and --name');
        return 2;
      }
      const password = await readPassword(values['password-stdin'] === true);
      const outcome = await createAdmin(database.db, { email: values.email, name: values.name, password });
      if (!outcome.ok) {
        console.error(`Not created: ${outcome.error}`);
        return 1;
      }
      console.log(`Secretariat account created for ${values.email}.`);
      return 0;
    },
  },

  'reset-second-factor': {
    options: { email: { type: 'string' } },
    // For someone who lost both their phone and their recovery codes; audited, ends their sessions.
    async run({ database, values }) {
      if (typeof values.email !== 'string') {
        console.error('reset-second-factor needs --email');
        return 2;
      }
      if (!(await resetSecondFactor(database.db, values.email))) {
        console.error(`No account with the address ${values.email}.`);
        return 1;
      }
      console.log(`Two-step sign-in removed for ${values.email}; they set it up again after their next sign-in.`);
      return 0;
    },
  },

  seed: {
    options: { demo: { type: 'boolean' }, scale: { type: 'string' }, force: { type: 'boolean' } },
    async run({ database, values }) {
      if (values.demo) {
        await seedDemo(database.db, { force: values.force === true });
        console.log('Demo data loaded. The demo sign-ins are listed in README.md.');
        return 0;
      }
      const n = Number(values.scale);
      if (!Number.isInteger(n) || n < 1) {
        console.error('Use seed --demo or seed --scale N (N a positive whole number).');
        return 2;
      }
      const bar = progressBar(n, 'signatories');
      await seedScale(database.db, n, bar.update);
      bar.done();
      return 0;
    },
  },

  backup: {
    options: { out: { type: 'string' } },
    async run({ database, values }) {
      const file = typeof values.out === 'string' ? values.out : `inclusio-backup-${new Date().toISOString().slice(0, 10)}.jsonl.gz`;
      const counts = await backup(database.db, file);
      console.log(`Backup written to ${file}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.`);
      return 0;
    },
  },

  restore: {
    options: { in: { type: 'string' } },
    async run({ database, values }) {
      if (typeof values.in !== 'string' || !fs.existsSync(values.in)) {
        console.error('restore needs --in FILE (an existing backup)');
        return 2;
      }
      const counts = await restore(database.db, values.in);
      console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows.`);
      return 0;
    },
  },

  export: {
    options: { out: { type: 'string' } },
    // The same CSV as /api/v1/signatories.csv: every current signatory.
    async run({ database, config, values }) {
      const out = typeof values.out === 'string' ? values.out : '-';
      const rows = await wholeSelection(database.db, DEFAULT_FILTER);
      const csv = toCsv(rows.map((r) => toRecord(r, config.baseUrl, 'en')));
      if (out === '-') process.stdout.write(csv);
      else {
        fs.writeFileSync(out, csv);
        console.log(`${rows.length} signatories written to ${out}.`);
      }
      return 0;
    },
  },
};
