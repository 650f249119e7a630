import { ListQuery, SortKey, SortParam } from '../common/pagination';

export const MATCHING_RUN_SORTS: Record<string, SortKey> = {
  createdAt: { prop: 'createdAt' },
  status: { prop: 'status' },
  proposals: { prop: 'proposals' },
};

export class MatchingRunListQuery extends ListQuery {
  @SortParam(Object.keys(MATCHING_RUN_SORTS), 'createdAt')
  sort?: string;
}
