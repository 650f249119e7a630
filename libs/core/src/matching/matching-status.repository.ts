import { Injectable } from '@nestjs/common';
import { MatchingInput, MatchingOutcome } from '@tp/domain';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** A stable fingerprint of a round's input: two runs with the same hash saw the same state. */
export function inputHash(input: MatchingInput): string {
  return createHash('sha256')
    .update(JSON.stringify(input, (_k, v) => (v instanceof Date ? v.toISOString() : v)))
    .digest('hex');
}

/**
 * Keeps, per nomination, what the last round said about it: proposed, or why not (the engine's
 * reason, in words fit to read to the client). GET /nominations/:id/matching-status reads it.
 */
@Injectable()
export class MatchingStatusRepository {
  async record(m: EntityManager, runId: string, at: Date, outcome: MatchingOutcome): Promise<void> {
    const rows = [
      ...outcome.proposals.map((p) => ({ id: p.nominationId, s: { state: 'proposed', vacancyId: p.vacancyId, detail: p.explanation.summary } })),
      ...(outcome.unplaced ?? []).map((u) => {
        const { nominationId, reason, ...rest } = u;
        return { id: nominationId, s: { state: reason, ...rest } };
      }),
    ];
    if (rows.length === 0) return;
    await m.query(
      `UPDATE nomination n SET matching_status = x.s, matching_status_run_id = $2, matching_status_at = $3
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, s jsonb) WHERE n.id = x.id`,
      [JSON.stringify(rows), runId, at],
    );
  }
}
