import { register } from 'node:module';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { atShutdown } from './shutdown.js';

/**
 * Traces over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the OpenTelemetry Node SDK reads it, and the other
 * OTEL_* settings, itself): a span for each HTTP request, for each GraphQL operation and its root fields, and for
 * each SQL statement sent during a request. Spans carry statements as written (values are always parameters, never
 * recorded), no GraphQL variables, and no query strings of the sign-in callback. Must run before the modules it
 * instruments are loaded (main.ts imports the app after it).
 */
export function startTracing(): void {
  // Node's ESM loader does not go through require(): this hook lets the instrumentations patch imported modules.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? 'sentinel-api' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => req.url?.startsWith('/health') ?? false,
        redactedQueryParamsServer: ['code', 'state', 'session_state', 'iss', 'token'],
      }),
      new GraphQLInstrumentation({ depth: 1, mergeItems: true, allowValues: false, ignoreTrivialResolveSpans: true }),
      // Only statements a request (or a traced job) sends: the job queue's polling is left out.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  atShutdown.add(() => provider.shutdown());
}
