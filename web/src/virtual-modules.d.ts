/** A document's text as Apollo Client sends it, printed at build time (vite.config.ts). */
declare module 'virtual:graphql-text/*' {
  export const text: string;
}
