import type { Config } from '../../config.ts';
import { MAIL_QUEUE, mailHandler } from '../mail/mailer.ts';
import type { JobHandler } from './queue.ts';

export function jobHandlers(config: Config): Record<string, JobHandler> {
  return { [MAIL_QUEUE]: mailHandler(config) };
}
