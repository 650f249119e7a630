import { csvCell } from '../../../libs/core/src/common/csv';
import { toCsv } from '../../../libs/core/src/reports/report-export';
import { ReportDocument } from '../../../libs/core/src/reports/report-table';

/**
 * CSV formula injection: a text cell a spreadsheet would read as a formula (=, +, -, @, a tab or a
 * carriage return first) is neutralised with a leading quote, in the report exports as in the
 * access report (one helper); numbers, negative ones included, stay numbers.
 */
describe('CSV cells never become formulas', () => {
  it('neutralises text that starts like a formula, and only text', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('Woonbedrijf A')).toBe('Woonbedrijf A');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell('x', true)).toBe('"x"');
    expect(csvCell('=1', true)).toBe(`"'=1"`);
  });

  it('in a report export: names neutralised, negative gaps left as numbers', () => {
    const doc: ReportDocument = {
      name: 'vraag',
      title: 'Vraag en aanbod',
      period: null as never,
      generatedAt: new Date('2026-11-25T10:00:00Z'),
      tables: [
        {
          key: 'gap', title: 'Tekort', dimensions: ['corporatie', 'gemeente'], measures: ['vraag', 'gat'],
          rows: [{ keys: ['=cmd|\'/c calc\'!A1', 'GM0150'], values: [2, -3] }, { keys: ['@Woonbedrijf', '-GM'], values: ['<5', -1] }], totals: [7, -4],
        },
      ],
    };
    const lines = toCsv(doc).split('\r\n');
    expect(lines).toContain(`'=cmd|'/c calc'!A1,GM0150,2,-3`);
    expect(lines).toContain(`'@Woonbedrijf,'-GM,<5,-1`);
    expect(lines).toContain('Totaal,,7,-4');
    for (const line of lines) for (const field of line.split(',')) expect(field).not.toMatch(/^[=+@\t\r]/);
  });
});
