import { useDocumentTitle } from '../../ui/usePageTitle';

export const SERVICE_NAME = 'Sentinel';

export function usePageTitle(page: string, hasError = false): void {
  useDocumentTitle(`${page} - ${SERVICE_NAME}`, hasError);
}
