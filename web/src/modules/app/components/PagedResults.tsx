import type { ReactNode } from 'react';
import { Loading } from '../../../ui/Loading';
import { Pagination } from '../../../ui/Pagination';
import type { usePaging } from '../usePaging';
import { resultsText } from './SearchForm';
import { LoadFailed } from './StatusContent';

type Page<T> = { nodes: readonly T[]; totalCount: number };

type Props<T> = {
  /** The page of results once loaded (kept while the next loads). */
  page: Page<T> | undefined;
  loading: boolean;
  error?: { message: string };
  paging: ReturnType<typeof usePaging>;
  /** The noun of one result and of several: "Showing 1 to 25 of 40 groups". */
  noun: [string, string];
  /** The results, when there are any: a table. */
  children: (nodes: readonly T[]) => ReactNode;
};

/** A list page's results: what failed, what is loading, or how many there are, the results and the page links. */
export function PagedResults<T>({ page, loading, error, paging, noun, children }: Props<T>) {
  if (error && !page) return <LoadFailed message={error.message} />;
  if (!page) return loading ? <Loading /> : null;
  return (
    <>
      <p className="govuk-body" role="status">
        {resultsText(paging.offset, page.nodes.length, page.totalCount, noun)}
      </p>
      {page.nodes.length > 0 && children(page.nodes)}
      <Pagination page={paging.page} pageCount={paging.pageCount(page.totalCount)} hrefFor={paging.hrefFor} />
    </>
  );
}
