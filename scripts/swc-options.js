// How TypeScript is transpiled outside the build (tests, `npm run synth`, examples,
// tools): @swc/core, types stripped, no type-checking (`npm run build` type-checks).
// Mirrors tsconfig.build.json: ES2022, CommonJS, and class fields with [[Define]]
// semantics, which is what tsc uses for target ES2022 (useDefineForClassFields
// defaults to true there), so the transpiled code behaves like the built library.
module.exports = {
  jsc: {
    parser: { syntax: "typescript" },
    target: "es2022",
    transform: { useDefineForClassFields: true },
  },
  module: { type: "commonjs" },
  sourceMaps: "inline",
  swcrc: false,
};
