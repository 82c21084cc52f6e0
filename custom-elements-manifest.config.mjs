// Custom Elements Manifest, generated from each element's JSDoc block by
// `npm run build` (scripts/build.mjs), then rendered into docs/api.md.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
