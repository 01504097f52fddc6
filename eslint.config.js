// Lint rules for the whole repository: typescript-eslint's recommended set, plus the layering of docs/architecture.md
// enforced import by import (eslint-plugin-boundaries) and no import cycles (eslint-plugin-import-x); see
// docs/decisions/0019-lint-and-formatting.md.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * The layers under src/, lowest first, and what each may import besides itself. Both spellings of an import resolve
 * to a file before the rule looks at it: the package.json subpath (`#core/seats.ts`) and the relative path
 * (`../core/seats.ts`).
 */
const layers = {
  // Pure rules: no I/O, no clock, nothing from any other layer.
  core: [],
  // Schema, migrations and the database client.
  db: ["core"],
  // Messages and the one formatting module.
  i18n: ["core"],
  // Infrastructure: config, logger, AppError, the Services type, the job queue and job contracts. Never features.
  platform: ["core", "db", "i18n"],
  // Use cases; a feature may import another feature's use cases.
  features: ["core", "db", "i18n", "platform", "features"],
  // The worker and the registry pairing each job contract with its handler.
  jobs: ["core", "db", "i18n", "platform", "features"],
  // The JSON API.
  api: ["core", "db", "i18n", "platform", "features"],
  // The pages; the API reference page reads the API's endpoint table.
  web: ["core", "db", "i18n", "platform", "features", "api"],
  // Admin commands; they start the server and the worker.
  cli: ["core", "db", "i18n", "platform", "features", "jobs", "server"],
  // The HTTP server and the composition root: at the top, imported by nothing below (only the CLI starts it).
  server: ["core", "db", "i18n", "platform", "features", "jobs", "api", "web"],
};

export default defineConfig(
  {
    ignores: ["build/**", "node_modules/**", ".react-router/**", "data/**", "src/db/migrations/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "boundaries/include": ["src/**/*"],
      "boundaries/elements": Object.keys(layers).map((layer) => ({ type: layer, pattern: `src/${layer}` })),
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message: "{{from.type}} must not import {{to.type}} (docs/architecture.md)",
          policies: Object.entries(layers).map(([layer, below]) => ({
            from: { element: { type: layer } },
            allow: { to: { element: { types: { anyOf: [layer, ...below] } } } },
          })),
        },
      ],
      // Every file under src/ belongs to a layer, so a new top-level folder must be placed in the list above.
      "boundaries/no-unknown-files": "error",
      // A cycle closed only by an `await import()` is allowed: both modules have finished loading before it runs, and
      // it is how a module names something that lists it (the OpenAPI endpoint and the document builder).
      "import-x/no-cycle": ["error", { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
    },
  },
  {
    // A page action reads what was posted through readForm, which answers a body that is not a form with 415 or 400;
    // request.formData() throws on one, and the page would answer 500 (decision 0023).
    files: ["src/web/**/*.{ts,tsx}"],
    ignores: ["src/web/form-state.server.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData']",
          message: "Read a page's form with readForm (src/web/form-state.server.ts).",
        },
      ],
    },
  },
  {
    // Tests and benchmarks read JSON bodies whose shape the assertions themselves check.
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Plain scripts served to the browser as they are.
    files: ["public/**/*.js", "src/web/quick-exit.js"],
    languageOptions: {
      sourceType: "script",
      globals: { document: "readonly", window: "readonly", setTimeout: "readonly" },
    },
  },
);
