import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, monthBounds, SUPPRESSED } from '@tp/domain';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { RUN_PROCESSORS } from '../jobs/job-runner.service';
import { Outbox } from '../jobs/outbox.service';
import { MonitorFigures, MonitorService, monitorDocument, present, reportScope } from './monitor.service';
import { ReportDocument } from './report-table';

const monthOf = (d: Date) => d.toISOString().slice(0, 7);
/** The first moment (UTC) of the month after `month`. */
const endOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1));
};

export interface Correction {
  table: string;
  keys: string[];
  measure: string;
  frozen: number | string | null;
  live: number | string | null;
}

/** Every cell whose live value differs from the frozen one (a row that appeared or vanished counts as its cells). */
export function corrections(frozen: MonitorFigures, live: MonitorFigures): Correction[] {
  const out: Correction[] = [];
  for (const ft of frozen.tables) {
    const lt = live.tables.find((x) => x.key === ft.key);
    const cells = (t: typeof ft | undefined) => new Map((t?.rows ?? []).flatMap((r) => t!.measures.map((mm, j) => [JSON.stringify([r.keys, mm]), r.values[j]] as const)));
    const [f, l] = [cells(ft), cells(lt)];
    for (const k of new Set([...f.keys(), ...l.keys()])) {
      const [a, b] = [f.get(k) ?? null, l.get(k) ?? null];
      if (a !== b) {
        const [keys, measure] = JSON.parse(k) as [string[], string];
        out.push({ table: ft.key, keys, measure, frozen: a, live: b });
      }
    }
  }
  return out;
}

/**
 * The corrections a reader under small-count suppression may see: computed from the presented
 * (suppressed) frozen tables against the presented live tables, and only for cells shown in both.
 * A cell suppressed (primarily, secondarily, or a median/p90 over too few placements) on either
 * side is left out, so "frozen 7, live 8" never gives back what the tables hide.
 */
export function presentedCorrections(frozen: MonitorFigures, live: MonitorFigures): Correction[] {
  const shown = (f: MonitorFigures) => ({ ...f, tables: present(f, true, new Date(0)).tables }) as MonitorFigures;
  const [pf, pl] = [shown(frozen), shown(live)];
  /** The cells a presented table hides: the marker, or a value blanked (null) where the figures had one. */
  const hidden = (raw: MonitorFigures, p: MonitorFigures) => {
    const out = new Set<string>();
    for (const t of p.tables) {
      const rt = raw.tables.find((x) => x.key === t.key);
      t.rows.forEach((r, i) =>
        t.measures.forEach((mm, j) => {
          const v = r.values[j];
          if (v === SUPPRESSED || (v === null && rt?.rows[i]?.values[j] != null)) out.add(JSON.stringify([t.key, r.keys, mm]));
        }),
      );
    }
    return out;
  };
  const [hf, hl] = [hidden(frozen, pf), hidden(live, pl)];
  return corrections(pf, pl).filter((c) => {
    const k = JSON.stringify([c.table, c.keys, c.measure]);
    return !hf.has(k) && !hl.has(k);
  });
}

/**
 * The month-end monitor: after each month a job (through the outbox) freezes every region's
 * monitor of that month, once; reading it back lists the cells whose live value has changed since
 * (late registrations, corrections) instead of changing the frozen figures.
 */
@Injectable()
export class MonitorSnapshotService implements JobHandler<'monitor.snapshot'>, OnApplicationBootstrap {
  readonly jobName = 'monitor.snapshot' as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly monitor: MonitorService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUN_PROCESSORS) private readonly runProcessors: boolean,
  ) {}

  /** The current month's freeze is scheduled for the start of the next (the job id makes this idempotent). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.runProcessors) return;
    await this.uow.run((m) => this.schedule(m, monthOf(this.clock.now())));
  }

  private schedule(m: EntityManager, month: string): Promise<void> {
    return this.outbox.enqueue(m, 'monitor.snapshot', { month }, { jobId: jobIds.monitorSnapshot(month), runAt: endOf(month) });
  }

  handle({ month }: JobPayloads['monitor.snapshot']): Promise<JobOutcome> {
    const bounds = monthBounds(month);
    if (!bounds) return Promise.resolve('skipped');
    return this.uow.run(async (m) => {
      const now = this.clock.now();
      if (endOf(month) > now) return 'skipped'; // the month has not ended yet
      let frozen = 0;
      for (const { code } of await m.query(`SELECT code FROM region ORDER BY code`)) {
        const figures = await this.monitor.figures(m, code, null, bounds);
        const json = JSON.stringify(figures);
        const [row] = await m.query(
          `INSERT INTO monitor_snapshot (region_code, month, figures, input_hash, frozen_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (region_code, month) DO NOTHING RETURNING month`,
          [code, month, json, createHash('sha256').update(json).digest('hex'), now],
        );
        if (row) frozen++;
      }
      const next = endOf(month);
      await this.schedule(m, monthOf(next));
      return frozen ? 'done' : 'skipped';
    });
  }

  list(actor: Actor) {
    return this.uow.run(async (m) => ({
      items: (await m.query(`SELECT month, frozen_at AS "frozenAt", input_hash AS "inputHash" FROM monitor_snapshot WHERE region_code = $1 ORDER BY month DESC`, [actor.regionCode])) as Array<{ month: string; frozenAt: Date; inputHash: string }>,
    }));
  }

  get(actor: Actor, month: string) {
    const bounds = monthBounds(month);
    if (!bounds) throw AppError.validation('month', 'must be a month like 2026-10');
    const scope = reportScope(actor);
    return this.uow.run(async (m) => {
      const [row] = await m.query(`SELECT figures, input_hash, frozen_at FROM monitor_snapshot WHERE region_code = $1 AND month = $2`, [scope.regionCode, month]);
      if (!row) throw AppError.notFound('Snapshot');
      const frozen = row.figures as MonitorFigures;
      const live = await this.monitor.figures(m, scope.regionCode, null, bounds);
      return {
        ...present(frozen, scope.suppress, row.frozen_at),
        month,
        frozenAt: row.frozen_at as Date,
        inputHash: row.input_hash as string,
        corrections: scope.suppress ? presentedCorrections(frozen, live) : corrections(frozen, live),
      };
    });
  }
}

export const snapshotDocument = (r: Awaited<ReturnType<MonitorSnapshotService['get']>>): ReportDocument => {
  const doc = monitorDocument(r);
  return {
    ...doc,
    name: 'monitor-bevroren',
    title: `${doc.title}, bevroren ${new Date(r.frozenAt).toISOString()}`,
    tables: [
      ...doc.tables,
      {
        key: 'corrections',
        title: 'Correcties na bevriezing',
        dimensions: ['tabel', 'rij', 'kolom'],
        measures: ['bevroren', 'nu'],
        rows: r.corrections.map((c) => ({ keys: [c.table, c.keys.join(' / '), c.measure], values: [c.frozen, c.live] })),
        totals: null,
      },
    ],
  };
};
