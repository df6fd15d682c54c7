// Lint rules: typescript-eslint's recommended set, plus the architecture line that keeps
// the model and the runner free of Phaser and the DOM (tests/architecture.test.ts checks it too).

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'reports/', 'release/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/model/**/*.ts', 'src/narrative/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', '*/ui/*', '*/stage/*', '*/app/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
);
