import { corrections, presentedCorrections } from '@tp/core/reports/monitor-snapshot.service';
import { MonitorFigures } from '@tp/core/reports/monitor.service';
import { ReportTable } from '@tp/core/reports/report-table';

/** Figures with a breakdown (cells and total) and the waiting-time key figures. */
const figures = (cells: number[], housed: number, waits: [number | null, number | null]): MonitorFigures => {
  const byMunicipality: ReportTable = {
    key: 'byMunicipality', title: 'Per gemeente', dimensions: ['gemeente'], measures: ['gehuisvest'],
    rows: cells.map((n, i) => ({ keys: [`GM000${i}`], values: [n] })), totals: [cells.reduce((a, b) => a + b, 0)],
  };
  const waitingTime: ReportTable = {
    key: 'waitingTime', title: 'Wachttijd', dimensions: ['kengetal'], measures: ['waarde'],
    rows: [{ keys: ['gehuisvest'], values: [housed] }, { keys: ['mediaan (dagen)'], values: [waits[0]] }, { keys: ['p90 (dagen)'], values: [waits[1]] }], totals: null,
  };
  return { period: { from: '2026-09-01', to: '2026-09-30' }, regionCode: 'R', municipalityCode: null, tables: [byMunicipality, waitingTime] };
};

/**
 * A snapshot's corrections, read under small-count suppression (the auditor), give back nothing the
 * presented tables hide: a secondarily suppressed cell or a median over fewer than five placements
 * does not come back as "frozen 7, live 8".
 */
describe('snapshot corrections under small-count suppression', () => {
  // frozen: 3 is suppressed, so 7 (the smallest other cell) is suppressed secondarily; live: 3 and 8 likewise
  const frozen = figures([3, 7, 20], 4, [30, 60]);
  const live = figures([3, 8, 20], 4, [31, 61]);

  it('a secondarily suppressed cell and a median over too few placements are not listed', () => {
    // the raw corrections do differ there: exactly what the reader must not learn
    expect(corrections(frozen, live).map((c) => c.keys[0])).toEqual(['GM0001', 'mediaan (dagen)', 'p90 (dagen)']);
    expect(presentedCorrections(frozen, live)).toEqual([]);
  });

  it('a cell shown on both sides is listed with both values', () => {
    const later = figures([3, 7, 21], 6, [30, 60]);
    expect(presentedCorrections(frozen, later)).toEqual([{ table: 'byMunicipality', keys: ['GM0002'], measure: 'gehuisvest', frozen: 20, live: 21 }]);
    // the median is shown live (six placements) but was hidden frozen (four): not compared
    expect(presentedCorrections(frozen, figures([3, 7, 20], 6, [40, 70])).filter((c) => c.table === 'waitingTime')).toEqual([]);
  });
});
