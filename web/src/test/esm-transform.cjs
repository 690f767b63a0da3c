/**
 * react-router ships ES modules that read `import.meta`, which has no CommonJS form. Jest runs CommonJS, and
 * those reads only serve Vite's hot reload, so they become an empty object before @swc/jest compiles the file.
 */
const swcJest = require('@swc/jest');

const swc = swcJest.createTransformer({
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
});

module.exports = {
  process(source, filename, options) {
    return swc.process(source.replace(/\bimport\.meta\b/g, '({})'), filename, options);
  },
  getCacheKey(source, filename, options) {
    return `esm-${swc.getCacheKey(source, filename, options)}`;
  },
};
