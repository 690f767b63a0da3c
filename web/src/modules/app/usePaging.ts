import { useSearchParams } from 'react-router';
import { LIMITS } from '@sentinel/shared';

// Only the page number goes in the address: search terms can be personal data, so they stay in React state.
export function usePaging(limit: number = LIMITS.pageSizeDefault) {
  const [params, setParams] = useSearchParams();
  const raw = Number.parseInt(params.get('page') ?? '1', 10);
  const page = Number.isFinite(raw) && raw > 0 ? raw : 1;
  return {
    page,
    limit,
    offset: Math.min((page - 1) * limit, LIMITS.offsetMax),
    hrefFor: (p: number) => `?page=${p}`,
    pageCount: (totalCount: number) => Math.max(1, Math.ceil(totalCount / limit)),
    resetPage: () => setParams({}, { replace: true }),
  };
}
