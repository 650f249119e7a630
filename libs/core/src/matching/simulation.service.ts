import { Inject, Injectable } from '@nestjs/common';
import { Clock, Matcher, MatchingInput, MatchingOutcome } from '@tp/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { NeighbourhoodEntity, RegionEntity } from '../database/entities';
import { MATCHER } from './matcher.provider';
import { LimitOverride, MatchingInputRepository } from './matching-input.repository';
import { SimulationDto } from './simulation.dto';

interface Tally {
  placements: number;
  byMunicipality: Record<string, number>;
  byNeighbourhood: Record<string, number>;
}

function tally(input: MatchingInput, outcome: MatchingOutcome): Tally {
  const vacancy = new Map(input.vacancies.map((v) => [v.id, v]));
  const t: Tally = { placements: outcome.proposals.length, byMunicipality: {}, byNeighbourhood: {} };
  for (const p of outcome.proposals) {
    const v = vacancy.get(p.vacancyId)!;
    t.byMunicipality[v.municipalityCode] = (t.byMunicipality[v.municipalityCode] ?? 0) + 1;
    t.byNeighbourhood[v.neighbourhoodCode] = (t.byNeighbourhood[v.neighbourhoodCode] ?? 0) + 1;
  }
  return t;
}

const diff = (a: Record<string, number>, b: Record<string, number>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .map((code) => ({ code, current: a[code] ?? 0, simulated: b[code] ?? 0, difference: (b[code] ?? 0) - (a[code] ?? 0) }))
    .filter((x) => x.difference !== 0);

/**
 * What-if: runs a round on the current state under the current policy and under the changed one,
 * and returns both outcomes and their difference. Reads in one snapshot; persists nothing.
 */
@Injectable()
export class SimulationService {
  constructor(
    private readonly ds: DataSource,
    private readonly input: MatchingInputRepository,
    @Inject(MATCHER) private readonly matcher: Matcher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async simulate(actor: Actor, dto: SimulationDto) {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction('REPEATABLE READ');
      await qr.query('SET TRANSACTION READ ONLY');
      const m = qr.manager;
      const region = await m.findOneByOrFail(RegionEntity, { code: actor.regionCode! });
      const overrides = new Map<string, LimitOverride>();
      for (const [i, change] of (dto.neighbourhoodLimits ?? []).entries()) {
        const buurt = await m.findOneBy(NeighbourhoodEntity, { code: change.code });
        const mun = buurt ? await m.query(`SELECT region_code FROM municipality WHERE code = $1`, [buurt.municipalityCode]) : [];
        const own = actor.role === 'coordinator' ? mun[0]?.region_code === region.code : buurt?.municipalityCode === actor.municipalityCode;
        if (!buurt || !own) throw AppError.validation(`neighbourhoodLimits.${i}.code`, `${change.code} is not one of your buurten`);
        overrides.set(change.code, { maxPlacementsPer12Months: change.maxPlacementsPer12Months, maxLiveTenancies: change.maxLiveTenancies });
      }
      if (actor.role === 'municipal_officer' && (dto.exchangeTolerance !== undefined || dto.fitWeights || dto.defaultMaxLiveTenancies !== undefined || dto.defaultMaxPlacementsPer12Months !== undefined))
        throw AppError.validation('exchangeTolerance', 'regional policy (tolerance, defaults, weights) is simulated by the coordinator; officers change their buurten');
      const now = this.clock.now();
      const currentInput = await this.input.load(m, region, now);
      const changedRegion: RegionEntity = {
        ...region,
        exchangeTolerance: dto.exchangeTolerance ?? region.exchangeTolerance,
        defaultMaxPlacementsPer12Months: dto.defaultMaxPlacementsPer12Months !== undefined ? dto.defaultMaxPlacementsPer12Months : region.defaultMaxPlacementsPer12Months,
        defaultMaxLiveTenancies: dto.defaultMaxLiveTenancies !== undefined ? dto.defaultMaxLiveTenancies : region.defaultMaxLiveTenancies,
        fitWeights: dto.fitWeights ? { ...dto.fitWeights } : region.fitWeights,
      };
      const changedInput = await this.input.load(m, changedRegion, now, overrides);
      await qr.commitTransaction();

      const current = this.matcher.propose(currentInput);
      const simulated = this.matcher.propose(changedInput);
      const a = tally(currentInput, current);
      const b = tally(changedInput, simulated);
      const vacancy = new Map(currentInput.vacancies.map((v) => [v.id, v]));
      const origin = new Map(currentInput.nominations.map((n) => [n.id, n.originMunicipalityCode]));
      const before = new Map(current.proposals.map((p) => [p.nominationId, p.vacancyId]));
      const after = new Map(simulated.proposals.map((p) => [p.nominationId, p.vacancyId]));
      const concerns = (nominationId: string, vacancyIds: Array<string | undefined>) =>
        actor.role === 'coordinator' ||
        origin.get(nominationId) === actor.municipalityCode ||
        vacancyIds.some((v) => v !== undefined && vacancy.get(v)?.municipalityCode === actor.municipalityCode);
      const changed = [...new Set([...before.keys(), ...after.keys()])]
        .sort()
        .filter((id) => before.get(id) !== after.get(id))
        .filter((id) => concerns(id, [before.get(id), after.get(id)]))
        .map((id) => ({ nominationId: id, currentVacancyId: before.get(id) ?? null, simulatedVacancyId: after.get(id) ?? null }));
      return {
        asOf: now,
        matcher: this.matcher.name,
        current: a,
        simulated: b,
        difference: {
          placements: b.placements - a.placements,
          placementsGained: changed.filter((c) => c.currentVacancyId === null).length,
          placementsLost: changed.filter((c) => c.simulatedVacancyId === null).length,
          byMunicipality: diff(a.byMunicipality, b.byMunicipality),
          byNeighbourhood: diff(a.byNeighbourhood, b.byNeighbourhood),
          placedDifferently: changed,
        },
      };
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  }
}
