import { Count, suppressGroup } from '@tp/domain';

/** A cell of a report: a count (or "<5" when suppressed), a statistic, or nothing. */
export type Cell = Count | string | null;

/**
 * One table of a report: rows keyed by one or more dimensions, with one value per measure. Every
 * count column is a group with its total (`totals`); statistics tables have no totals.
 */
export interface ReportTable {
  key: string;
  title: string;
  dimensions: string[];
  measures: string[];
  rows: Array<{ keys: string[]; values: Cell[] }>;
  totals: Cell[] | null;
}

/** A report as it goes into a file: its title, its period (when it has one) and when it was made. */
export interface ReportDocument {
  name: string;
  title: string;
  period: { from: string; to: string } | null;
  generatedAt: Date;
  tables: ReportTable[];
}

/** A counts table from raw numbers: totals per column. */
export function countsTable(key: string, title: string, dimensions: string[], measures: string[], rows: Array<{ keys: string[]; values: number[] }>): ReportTable {
  const totals = measures.map((_, j) => rows.reduce((s, r) => s + r.values[j], 0));
  return { key, title, dimensions, measures, rows, totals };
}

/**
 * The table as a reader without access to personal data sees it: each count column suppressed
 * as a group with its total (suppressGroup). Statistics tables (no totals) are left as they are.
 */
export function suppressTable(t: ReportTable): ReportTable {
  if (!t.totals) return t;
  const rows = t.rows.map((r) => ({ keys: r.keys, values: [...r.values] }));
  const totals = [...t.totals];
  t.measures.forEach((_, j) => {
    const s = suppressGroup(
      rows.map((r) => r.values[j] as number),
      totals[j] as number,
    );
    rows.forEach((r, i) => (r.values[j] = s.cells[i]));
    totals[j] = s.total;
  });
  return { ...t, rows, totals };
}
