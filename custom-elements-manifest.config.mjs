// Custom Elements Manifest, generated from each element's JSDoc block by
// `npm run build` (scripts/build.mjs), then rendered into docs/api.md.

/**
 * Our define files register their tag with `defineElement('vae-…', Class)`
 * (src/core/define.ts) instead of `customElements.define`: tell the analyzer,
 * so each class gets its tag as before.
 */
function defineElementPlugin() {
  return {
    name: 'vae-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.getText(), module: moduleDoc.path },
      });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementPlugin()],
};
