import { all, api, call, Schemas } from './api/client';

export type Match = Schemas['MatchResponse'];
export type Vacancy = Schemas['VacancyResponse'];
export type Nomination = Schemas['NominationResponse'];

type MatchStatus = Match['status'];

export const listMatches = (status: MatchStatus | undefined, cursor?: string, limit = 50) =>
  call(api.GET('/matches', { params: { query: { status, cursor, limit } } }));

export const allMatches = (status: MatchStatus) => all((cursor) => listMatches(status, cursor, 500));

export const allNominations = (status: Nomination['status']) =>
  all((cursor) => call(api.GET('/nominations', { params: { query: { status, cursor, limit: 500 } } })));

/** The homes of these matches, where the caller may see them (null otherwise). */
export async function vacanciesOf(matches: Array<{ vacancyId: string }>): Promise<Map<string, Vacancy | null>> {
  const ids = [...new Set(matches.map((m) => m.vacancyId))];
  const found = await Promise.all(ids.map((id) => call(api.GET('/vacancies/{id}', { params: { path: { id } } })).catch(() => null)));
  return new Map(ids.map((id, i) => [id, found[i]]));
}
