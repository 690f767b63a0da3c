import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has no layout: charts and the link chart measure their box through ResizeObserver.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;

// The machines that run these are shared: a page that renders in 100 ms alone can take a few seconds under load.
// Waiting longer for what must appear costs nothing when it does; timings are measured by `npm run bench`, not here.
configure({ asyncUtilTimeout: 4000 });
