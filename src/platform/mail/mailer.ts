import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Config } from '../../config.ts';
import { enqueue, type JobHandler } from '../jobs/queue.ts';
import { newId } from '../db/sql.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export const MAIL_QUEUE = 'mail';

/** Mail leaves through the job queue: a failed SMTP server means a retry, not a lost message. */
export async function queueMail(db: Kysely<DB>, mail: Mail): Promise<void> {
  await enqueue(db, MAIL_QUEUE, mail);
}

/** SMTP when SMTP_URL is set; otherwise one .eml file per message in $DATA_DIR/outbox/. */
export function mailHandler(config: Config): JobHandler {
  const outbox = path.join(config.dataDir, 'outbox');
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (payload) => {
    const mail = payload as Mail;
    const info = await transport.sendMail({ from: config.mailFrom, ...mail });
    if (!config.smtpUrl) {
      await fs.mkdir(outbox, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fs.writeFile(path.join(outbox, `${stamp}-${newId()}.eml`), (info as unknown as { message: Buffer }).message);
    }
  };
}
