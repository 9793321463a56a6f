// ESLint (flat config), run by `npm run lint` and in `npm test` (lib/tools/run-tests.ts).
// eslint-config-next brings @next/eslint-plugin-next, react, react-hooks (with the React Compiler
// rules: no ref read during render, no setState in an effect), jsx-a11y, import and typescript-eslint;
// on top: a few typescript-eslint rules that need type information, unused disable comments are
// errors, and eslint-plugin-drizzle refuses an update or delete without a where. Which folder may
// import which is dependency-cruiser's job (.dependency-cruiser.cjs).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // An UPDATE or DELETE through drizzle without .where() would touch every row: refused.
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "handle.db"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "handle.db"] }],
    },
  },
  {
    // CommonJS configuration files (dependency-cruiser reads .cjs) load their parts with require().
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  globalIgnores([
    ".next/**",
    ".cache/**",
    "node_modules/**",
    "data/**",
    "e2e/artifacts/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
    "docs/**",
  ]),
]);
