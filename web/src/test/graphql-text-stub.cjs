// Stands for `virtual:graphql-text/<Document>` (made by vite.config.ts at build time): no request leaves a component test.
module.exports = { text: '' };
