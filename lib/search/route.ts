import type { SearchFilters, SortOrder } from './types';

/**
 * The side panel's permalinks, as hash routes inside the extension page, so a reload, the back button and links from
 * the popover all land on the same view:
 *   #/search?q=…&speaker=…&meeting=…&body=…&term=…&section=…&from=YYYY-MM-DD&to=…&mode=written&sort=newest
 *   #/remark/<id>   #/person/<id>   #/term/<id>
 *   #/saved?q=…   (the saved remarks, narrowed by q)
 * Filters with several values repeat their key.
 */
export type Route =
  | { page: 'search'; query: string; filters: SearchFilters; sort: SortOrder }
  | { page: 'remark'; id: string }
  | { page: 'person'; id: string }
  | { page: 'term'; id: string }
  | { page: 'saved'; query: string };

const LIST_PARAMS = { meeting: 'meetings', body: 'bodies', speaker: 'speakers', term: 'terms', section: 'sections' } as const;
const SORTS: SortOrder[] = ['relevance', 'newest', 'oldest'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type SearchRoute = Extract<Route, { page: 'search' }>;

export const HOME: SearchRoute = { page: 'search', query: '', filters: {}, sort: 'relevance' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const entity = /^\/(remark|person|term)\/(.+)$/.exec(path);
  if (entity) return { page: entity[1] as 'remark' | 'person' | 'term', id: decodeURIComponent(entity[2]) };
  const saved = /^\/saved(?:\?(.*))?$/.exec(path);
  if (saved) return { page: 'saved', query: new URLSearchParams(saved[1] ?? '').get('q') ?? '' };
  const search = /^\/search(?:\?(.*))?$/.exec(path);
  if (!search) return HOME;
  const params = new URLSearchParams(search[1] ?? '');
  const filters: SearchFilters = {};
  for (const [param, key] of Object.entries(LIST_PARAMS)) {
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length > 0) filters[key] = values;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && ISO_DATE.test(from)) filters.from = from;
  if (to && ISO_DATE.test(to)) filters.to = to;
  const mode = params.get('mode');
  if (mode === 'spoken' || mode === 'written') filters.mode = mode;
  const sort = params.get('sort') as SortOrder | null;
  return { page: 'search', query: params.get('q') ?? '', filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

export function formatRoute(route: Route): string {
  if (route.page === 'saved') return route.query ? `#/saved?${new URLSearchParams({ q: route.query })}` : '#/saved';
  if (route.page !== 'search') return `#/${route.page}/${encodeURIComponent(route.id)}`;
  const params = new URLSearchParams();
  if (route.query) params.set('q', route.query);
  for (const [param, key] of Object.entries(LIST_PARAMS)) for (const v of route.filters[key] ?? []) params.append(param, v);
  if (route.filters.from) params.set('from', route.filters.from);
  if (route.filters.to) params.set('to', route.filters.to);
  if (route.filters.mode) params.set('mode', route.filters.mode);
  if (route.sort !== 'relevance') params.set('sort', route.sort);
  const qs = params.toString();
  return qs ? `#/search?${qs}` : '#/search';
}
