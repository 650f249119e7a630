/**
 * One CSV cell (RFC 4180) that a spreadsheet never reads as a formula: a string starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's CSV injection advice); a
 * number stays a number, so a negative count or gap is still -3. Quoted when it must be, or always
 * with `quoteAll`.
 */
export function csvCell(v: unknown, quoteAll = false): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
