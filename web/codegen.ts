import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema, never a running server, so the web builds without the API.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    // CODEGEN_OUT lets the staleness check generate elsewhere and compare.
    [process.env.CODEGEN_OUT ?? './src/gql/']: {
      preset: 'client',
      // Unmasking a fragment is a plain read, not a React hook, so it is not named like one.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

// graphql-codegen reads its config from the default export.
export default config;
