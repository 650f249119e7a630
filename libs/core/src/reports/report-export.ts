import { applyDecorators, Injectable, StreamableFile, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { csvCell } from '../common/csv';
import { ReportDocument } from './report-table';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A CSV line; a text cell that starts like a formula is neutralised (csvCell), numbers stay numbers. */
const csvLine = (fields: unknown[]) => fields.map((v) => csvCell(v)).join(',');

const heading = (doc: ReportDocument): unknown[][] => [
  ['Rapport', doc.title],
  ['Periode', doc.period?.from ?? '', doc.period?.to ?? ''],
  ['Gegenereerd', doc.generatedAt.toISOString()],
];

/** The report as CSV (RFC 4180, comma-separated, UTF-8): the heading, then each table with its header row and totals. */
export function toCsv(doc: ReportDocument): string {
  const lines = heading(doc).map(csvLine);
  for (const t of doc.tables) {
    lines.push('', csvLine(['Tabel', t.title]), csvLine([...t.dimensions, ...t.measures]));
    for (const r of t.rows) lines.push(csvLine([...r.keys, ...r.values]));
    if (t.totals) lines.push(csvLine(['Totaal', ...t.dimensions.slice(1).map(() => ''), ...t.totals]));
  }
  return lines.join('\r\n') + '\r\n';
}

/** The report as an Excel workbook: a sheet "Rapport" with the heading, then one sheet per table. */
export async function toXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Transferpunt';
  wb.created = doc.generatedAt;
  const cover = wb.addWorksheet('Rapport');
  heading(doc).forEach((row) => cover.addRow(row));
  cover.addRow([]);
  cover.addRow(['Tabellen']);
  doc.tables.forEach((t) => cover.addRow([t.title]));
  cover.getColumn(1).width = 16;
  cover.getColumn(2).width = 40;
  const used = new Set<string>(['Rapport']);
  for (const t of doc.tables) {
    let name = t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${t.title.slice(0, 27)} (${i})`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow([`Periode: ${doc.period ? `${doc.period.from} t/m ${doc.period.to}` : '-'}`, `Gegenereerd: ${doc.generatedAt.toISOString()}`]);
    ws.addRow([...t.dimensions, ...t.measures]).font = { bold: true };
    for (const r of t.rows) ws.addRow([...r.keys, ...r.values]);
    if (t.totals) ws.addRow(['Totaal', ...t.dimensions.slice(1).map(() => ''), ...t.totals]).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 22));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The format asked for: `?format=` first, else the Accept header, else JSON. */
export function chooseFormat(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('spreadsheetml')) return 'xlsx';
  if (a.includes('text/csv')) return 'csv';
  return 'json';
}

/**
 * Answers a report request in the format asked for: the JSON body as it is, or a file (CSV or
 * Excel) named after the report and its period, with the period and generation time inside.
 */
@Injectable()
export class ReportExport {
  async respond<T>(req: Request, res: Response, format: ExportFormat | undefined, report: Promise<T>, toDocument: (r: T) => ReportDocument): Promise<T | StreamableFile> {
    const chosen = chooseFormat(format, req.headers.accept);
    const body = await report;
    if (chosen === 'json') return body;
    const doc = toDocument(body);
    const stamp = doc.period ? `${doc.period.from}_${doc.period.to}` : doc.generatedAt.toISOString().slice(0, 10);
    res.setHeader('Cache-Control', 'no-store');
    const file = chosen === 'csv' ? Buffer.from(toCsv(doc), 'utf8') : await toXlsx(doc);
    return new StreamableFile(file, { type: CONTENT_TYPES[chosen], disposition: `attachment; filename="${doc.name}_${stamp}.${chosen}"`, length: file.length });
  }
}

/** Documents a report endpoint: the JSON body, or the same report as a CSV or Excel file. */
export const ApiReport = (type: Type<unknown>) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description: 'The report as JSON; with format=csv or format=xlsx (or that Accept) a file with the period and the generation time, named in Content-Disposition',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        'text/csv': { schema: { type: 'string' } },
        [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
