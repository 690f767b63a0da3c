import { NotFoundContent } from '../modules/app/components/StatusContent';

export function NotFoundPage() {
  return <NotFoundContent />;
}
