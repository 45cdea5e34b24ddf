import fs from 'node:fs';
import path from 'node:path';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link in the text part. */
  links: string[];
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function part(raw: string, type: string): string {
  const match = raw.match(new RegExp(`Content-Type: ${type}[^]*?\\n\\n([^]*?)\\n--`, 'i'));
  if (!match) return '';
  const header = raw.slice(0, raw.indexOf(match[1]!));
  const lastHeader = header.slice(header.lastIndexOf('Content-Type:'));
  if (/Content-Transfer-Encoding: base64/i.test(lastHeader)) return Buffer.from(match[1]!.replace(/\s/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(lastHeader)) return decodeQuotedPrintable(match[1]!);
  return match[1]!;
}

/** Reads the .eml files the mailer wrote, oldest first. */
export function readOutbox(dir: string): SentMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');
      const head = raw.slice(0, raw.indexOf('\n\n'));
      const header = (name: string) => {
        const m = head.match(new RegExp(`^${name}: ([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'mi'));
        return m ? decodeHeader(m[1]!.replace(/\n[ \t]+/g, ' ')) : '';
      };
      const text = part(raw, 'text/plain');
      return {
        to: header('To'),
        subject: header('Subject'),
        text,
        html: part(raw, 'text/html'),
        links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]),
      };
    });
}
