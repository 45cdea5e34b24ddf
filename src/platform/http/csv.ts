// The open-data CSV files' format (RFC 4180), one for every feature's export.

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled. A
 * leading = + - @ gets an apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: a byte-order mark so spreadsheets read UTF-8, a header row, CRLF line ends. */
export function csvFile(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [columns.join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
