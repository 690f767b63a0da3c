/**
 * `node api/dist/main.js`: serves the API (and the web app when WEB_DIST is set). It never migrates: a deploy runs
 * `node api/dist/cli/migrate.js` first. Tracing, when OTEL_EXPORTER_OTLP_ENDPOINT is set, must be in place before
 * the HTTP, PostgreSQL and GraphQL modules are loaded, so the app is imported after it.
 */
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { startTracing } = await import('./core/observability/tracing.js');
  startTracing();
}
await import('./serve.js');
