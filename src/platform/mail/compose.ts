import { translator, type Lang, type Values } from '../i18n/i18n.ts';
import type { Mail } from './mailer.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface MailContent {
  /** Catalogue key of the subject. */
  subject: string;
  /** Paragraphs, each a catalogue key (with the shared values) or literal text marked { raw }. */
  paragraphs: (string | { raw: string })[];
  /** The one thing to do, if any. */
  action?: { label: string; url: string };
  values?: Values;
}

/**
 * One shape for every mail: plain text plus simple HTML, in the recipient's language,
 * with the link written out in full so it works in any mail program.
 */
export function composeMail(to: string, lang: Lang, content: MailContent): Mail {
  const t = translator(lang);
  const v = content.values ?? {};
  const paras = content.paragraphs.map((p) => (typeof p === 'string' ? t(p, v) : p.raw));
  const action = content.action ? { label: t(content.action.label, v), url: content.action.url } : null;
  const signature = t('mail.signature');
  // The label leads to the link on the next line: "Sign or decline:" (French puts a no-break space before the colon).
  const lead = action ? t('mail.actionLead', { label: action.label }) : '';
  const text = [...paras, ...(action ? [`${lead}\n${action.url}`] : []), signature].join('\n\n');
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;font-size:16px;line-height:1.5;max-width:40em">${paras
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}${action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a><br>${escapeHtml(action.url)}</p>` : ''}<p>${escapeHtml(signature)}</p></body></html>`;
  return { to, subject: t(content.subject, v), text, html };
}
