import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { DOCUMENT_PATH_PATTERN, SSO_PATH_PATTERN } from '@sentinel/shared';
import { Kind, print, visit, type DocumentNode, type FieldNode } from 'graphql';

const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const repoRoot = path.resolve(import.meta.dirname, '..');
const gqlDir = path.resolve(import.meta.dirname, 'src/gql');
const apiClientPackage = /[\\/]node_modules[\\/](@apollo[\\/]client|rxjs|graphql|optimism|@wry[\\/][a-z]+|tslib)[\\/]/;
const signedInShell =
  /[\\/]web[\\/]src[\\/]modules[\\/]app[\\/](apollo-client|deferred-link|socket-session|viewer-context|components[\\/](AppLayout|AppHeader|PanelSwitcher|StatusContent|RequirePermission)|utils[\\/](api-errors|dates))\.tsx?$/;
const sharedModule = /[\\/]shared[\\/]dist[\\/][^\\/]+\.js$/;

/**
 * Puts in place of each `graphql(`...`)` call the document codegen generated for it, each document a module of
 * its own, so that a page's chunk carries its own documents rather than the main chunk carrying every document
 * of the app. Line numbers are kept, so source maps stay right to the line.
 */
function graphqlDocuments(): Plugin {
  const call = /\bgraphql\(`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\)/g;
  const generated = path.join(gqlDir, 'graphql.ts');
  const prefix = 'virtual:graphql-document/';
  const textPrefix = 'virtual:graphql-text/';
  let documents: Map<string, string> | null = null;
  const documentText = (name: string) => {
    documents ??= new Map(
      [...fs.readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)].map((m) => [m[1], m[2]]),
    );
    return documents.get(name);
  };
  return {
    name: 'sentinel-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
      this.addWatchFile(generated);
    },
    resolveId: (id) => (id.startsWith(prefix) || id.startsWith(textPrefix) ? `\0${id}` : null),
    load(id) {
      if (id.startsWith(`\0${textPrefix}`)) {
        const name = id.slice(textPrefix.length + 1);
        const text = documentText(name);
        if (!text) throw new Error(`No document ${name} in src/gql/graphql.ts: run npm run schema:update`);
        return `export const text = ${JSON.stringify(printAsApolloSends(JSON.parse(text) as DocumentNode))};`;
      }
      if (!id.startsWith(`\0${prefix}`)) return null;
      const name = id.slice(prefix.length + 1);
      const text = documentText(name);
      if (!text) throw new Error(`No document ${name} in src/gql/graphql.ts: run npm run schema:update`);
      return `export const ${name} = ${text};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const used = new Set<string>();
      const replaced = code.replace(call, (text: string, kind: string, name: string) => {
        const document = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        used.add(document);
        return document + '\n'.repeat(text.split('\n').length - 1);
      });
      if (used.size === 0) return null;
      const imports = [...used].map((d) => `import { ${d} } from '${prefix}${d}';`).join(' ');
      return { code: imports + replaced, map: null };
    },
  };
}

const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** A document as Apollo Client sends it: __typename asked for in every selection below the operation's own. */
function printAsApolloSends(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        return { ...node, selections: [...node.selections, typename] };
      },
    }),
  );
}

/**
 * The page's first script (src/boot.ts) only decides what to fetch; the app itself (src/main.tsx) and the chunks it
 * imports are named in index.html as module preloads, so the browser fetches them beside the first script
 * rather than after it has run.
 */
function preloadApp(): Plugin {
  return {
    name: 'sentinel-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/main.tsx'));
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        if (!app) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        return [...files]
          .filter((file) => !entries.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments(), react(), preloadApp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for the bundle analysis (bench/web.mjs) but named by no file and never served.
    sourcemap: 'hidden',
    rolldownOptions: {
      // @sentinel/shared is constants and pure functions: a page carries only the modules of it that it uses.
      treeshake: { moduleSideEffects: (id: string) => !sharedModule.test(id) },
      output: {
        // A few chunks rather than a score of small ones, each a request on a slow connection: the framework and
        // the UI components every page needs; the API client and the signed-in frame every page but sign-in needs.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie)[\\/]/, priority: 2 },
            // Not its modules' own imports (the frame, the paths): the sign-in page needs those without the client.
            {
              name: 'signed-in',
              test: (id: string) => apiClientPackage.test(id) || signedInShell.test(id),
              includeDependenciesRecursively: false,
              priority: 1,
            },
            {
              name: 'ui',
              test: /[\\/]web[\\/]src[\\/](ui|modules[\\/]app[\\/](usePageTitle|utils[\\/](form-errors|network-message)))[\\/.]|[\\/]shared[\\/]dist[\\/]limits\.js$/,
              priority: 1,
            },
            { name: 'shared', test: sharedModule, priority: 0 },
          ],
        },
      },
    },
  },
  css: {
    // govuk-frontend still ships an old Internet Explorer media hack that LightningCSS can only drop.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        // MOJ Frontend forwards govuk-frontend as "node_modules/govuk-frontend/...", resolved from the repo root.
        loadPaths: [repoRoot, path.join(repoRoot, 'node_modules')],
        quietDeps: true,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: true },
      '/health': { target: apiUrl, changeOrigin: true },
      // Documents (a meeting's agenda pack and minutes, an assessment's PDF) are served by the API, not the app.
      [DOCUMENT_PATH_PATTERN]: { target: apiUrl, changeOrigin: true },
      // Single sign-on's redirects: the Host header is left as the browser sent it, so the callback address the API
      // gives the provider is the one the browser is on.
      [SSO_PATH_PATTERN]: { target: apiUrl },
      // Import files are uploaded to the API as form data (IMPORT_PATHS in @sentinel/shared). The Host header is
      // left as the browser sent it: the API checks the upload's Origin against it.
      '^/imports/(preview|run)$': { target: apiUrl },
    },
  },
});
