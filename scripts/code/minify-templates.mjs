// The rollup plugin that takes whitespace and comments out of the elements'
// html`` and css`` templates: lit's own (@lit-labs/rollup-plugin-minify-html-literals,
// html-minifier-next and lightningcss), with two choices of ours.
// - Text keeps one space where it had any (`conservativeCollapse`): a reader's
//   "de <strong>Lyon</strong>" must not become "de<strong>Lyon</strong>".
// - A css`` fragment that is only declarations (a palette, the dark tokens,
//   composed into rules by `${}`) is minified inside a throwaway rule, since
//   lightningcss parses style sheets, not declaration lists. It keeps its
//   closing ";", which lightningcss drops, as the fragment may be followed by
//   more declarations where it is composed.
// A template it cannot parse fails the build instead of shipping as is.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultMinifyOptions,
  defaultStrategy,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const WRAPPER = 'x{';

const strategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    if (css.includes('{')) return defaultStrategy.minifyCSS(css, options);
    const rule = defaultStrategy.minifyCSS(`${WRAPPER}${css}}`, options);
    if (!rule.startsWith(WRAPPER) || !rule.endsWith('}')) {
      throw new Error(`a declaration list did not minify to one rule: ${rule.slice(0, 80)}`);
    }
    return `${rule.slice(WRAPPER.length, -1)};`;
  },
};

export const minifyTemplates = () =>
  minifyHTML({
    failOnError: true,
    options: {
      strategy,
      minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true },
    },
  });
