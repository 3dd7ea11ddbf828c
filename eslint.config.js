// Lint rules, above all the dependency directions of ../shared/STYLE.md: a wrong-way import
// fails `npm test`. tests/architecture/boundaries.test.ts proves each rule bites.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One no-restricted-imports rule from forbidden module names and path patterns. */
const forbid = (message, { names = [], patterns = [] }) => [
  'error',
  {
    paths: names.map((name) => ({ name, message })),
    patterns: patterns.length ? [{ group: patterns, message }] : [],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'tests/**/__screenshots__/**', 'tests/**/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `import { type A }` keeps the module and its side effects under verbatimModuleSyntax.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // Plain CommonJS run by Node as is: the installed command's loader, and the modules the
    // bundles use in place of two start-up-heavy libraries.
    files: ['bin/**/*.cjs', 'scripts/shims/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid('shared/ is the domain, usable from Node and the browser: it imports nothing from electron/ or renderer/, nor electron, react or Node built-ins.', {
        names: ['electron', 'react', 'react-dom', ...nodeBuiltins],
        patterns: ['**/electron/**', '**/renderer/**', 'electron/*', 'react/*', 'react-dom/*'],
      }),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid('renderer/ talks to the outside only through window.api: no electron, no Node built-ins, nothing from electron/.', {
        names: ['electron', ...nodeBuiltins],
        patterns: ['**/electron/**', 'electron/*'],
      }),
      // The page never loads the schema library (about 90 KB the start screen would parse and
      // run): it takes types from the schema modules and values from their zod-free neighbours.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'zod/*', '**/shared/model/index.js', '**/shared/model/localized.js', '**/shared/model/richtext.js', '**/shared/model/template.js', '**/shared/model/report.js'],
              allowTypeImports: true,
              message: 'The renderer takes only types from the schema modules; values come from shared/model/langs.ts, links.ts, limits.ts or template-lookup.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid('The preload only builds the typed api from shared/ipc: it imports nothing else of ours.', {
        names: nodeBuiltins,
        patterns: ['**/main/**', '**/renderer/**', '**/cli/**', '**/shared/*', '!**/shared/ipc', '**/shared/!(ipc)/**'],
      }),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts', 'electron/serve/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid('The main process never imports the renderer.', { patterns: ['**/renderer/**'] }),
    },
  },
  {
    files: ['electron/main/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/serve/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid('Services, the command line and bilan serve run in plain Node: they never import electron or the renderer.', {
        names: ['electron'],
        patterns: ['**/renderer/**', 'electron/*'],
      }),
    },
  },
);
