/** This copy's version (package.json's, checked by test/scripts/registry.test.mjs). */
export const VERSION = '0.1.0';
