/** Tests run on the TypeScript sources, transpiled only (@swc/jest): the build (jsii + tsc) type-checks once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", require("./scripts/swc-options")],
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup.js"],
  modulePathIgnorePatterns: ["<rootDir>/build/", "<rootDir>/dist/", "<rootDir>/cdktf.out/"],
};
