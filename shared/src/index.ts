export * from './agencies.js';
export * from './errors.js';
export * from './limits.js';
export * from './passwords.js';
export * from './permissions.js';
export * from './roles.js';
