/** Tests run on the TypeScript sources, transpiled only (@swc/jest): the build (jsii + tsc) type-checks once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", require("./scripts/swc-options")],
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.js"],
  // Jest's default, cores − 1, runs one worker on a 2-core machine and leaves a core idle: use both.
  maxWorkers: "100%",
  modulePathIgnorePatterns: ["<rootDir>/build/", "<rootDir>/dist/", "<rootDir>/cdktf.out/"],
  // __tests__/package/ checks the packed package: it needs `npm run build` and runs with `npm run test:package`.
  testPathIgnorePatterns: process.env.TEST_PACKAGE ? [] : ["/node_modules/", "<rootDir>/__tests__/package/"],
};
