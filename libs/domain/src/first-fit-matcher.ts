import { explained } from './explanation-codes';
import { checkEligibility } from './eligibility';
import { checkLoad } from './load-limits';
import { Matcher, MatchingOutcome, Proposal } from './matcher';
import { MatchingInput, NeighbourhoodLoad, OpenVacancy } from './matching-input';
import { queueOrder } from './priority';

const vacancyOrder = (a: OpenVacancy, b: OpenVacancy) =>
  a.availableFrom.getTime() - b.availableFrom.getTime() || a.publishedAt.getTime() - b.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first matcher: for each open vacancy (earliest available first) it proposes the
 * highest-priority active nomination that is eligible and still free, as long as the buurt has room.
 */
export class FirstFitMatcher implements Matcher {
  readonly name = 'first-fit-v1';

  propose(input: MatchingInput): MatchingOutcome {
    const queue = queueOrder(input.nominations);
    const position = new Map(queue.map((n, i) => [n.id, i + 1]));
    const excluded = new Set(input.excludedPairs.map((p) => `${p.vacancyId}|${p.nominationId}`));
    const loads = new Map<string, NeighbourhoodLoad>(input.neighbourhoods.map((l) => [l.code, { ...l }]));
    const taken = new Set<string>();
    const proposals: Proposal[] = [];

    for (const vacancy of [...input.vacancies].sort(vacancyOrder)) {
      const load = loads.get(vacancy.neighbourhoodCode) ?? {
        code: vacancy.neighbourhoodCode,
        maxPlacementsPer12Months: null,
        maxLiveTenancies: null,
        placementsLast12Months: 0,
        liveTenancies: 0,
      };
      const loadChecks = checkLoad(load);
      if (!loadChecks.every((c) => c.passed)) continue;

      let skipped = 0;
      for (const nomination of queue) {
        if (taken.has(nomination.id)) continue;
        const checks = checkEligibility(nomination, vacancy);
        const declinedBefore = excluded.has(`${vacancy.id}|${nomination.id}`);
        if (declinedBefore || !checks.every((c) => c.passed)) {
          skipped++;
          continue;
        }
        taken.add(nomination.id);
        load.placementsLast12Months++;
        load.liveTenancies++;
        loads.set(load.code, load);
        const pos = position.get(nomination.id)!;
        proposals.push({
          vacancyId: vacancy.id,
          nominationId: nomination.id,
          explanation: {
            matcher: this.name,
            summary: `Highest-ranked eligible nomination (queue position ${pos}, ${nomination.priorityClass}) for the earliest available open home; ${skipped} higher-ranked nomination(s) did not fit or were already placed.`,
            queuePosition: pos,
            priorityClass: nomination.priorityClass,
            approvedAt: nomination.approvedAt.toISOString(),
            higherRankedNotEligible: skipped,
            rules: [
              ...checks,
              { rule: 'not_declined_before', passed: true, ...explained('declined.not_before') },
              ...loadChecks,
            ],
          },
        });
        break;
      }
    }
    return { proposals };
  }
}
