// A load-independent measure of one cost the library adds per gateway: cdktf
// records a full stack trace (`creationStack`) for every token it creates (each
// Lazy, attribute reference and nested block list of a binding), formatted into
// strings at creation and kept for the token's life. Its time and memory grow with
// the number of frames between the token and the process's entry, so every frame
// the library puts between the user's code and a provider binding costs both.
//
//   node build/bench/bench/stack-traces.js <library|handwritten> <n>
//
// counts, in one process that synthesizes n seed gateways, the traces cdktf
// captures, their frames and characters. Deterministic: the same code gives the
// same counts whatever the machine's load.
import * as os from "os";
import * as path from "path";
import * as fs from "fs";
import { App } from "cdktf";
// cdktf's module that every token constructor calls through its exports object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stackTrace = require("cdktf/lib/tokens/private/stack-trace") as { captureStackTrace: (below?: Function) => string[] };

async function main(): Promise<void> {
  const [side, count] = process.argv.slice(2);
  const n = Number(count);
  if ((side !== "library" && side !== "handwritten") || !(n >= 1)) {
    throw new Error("usage: stack-traces.js <library|handwritten> <n>");
  }
  const counts = { traces: 0, frames: 0, chars: 0 };
  const capture = stackTrace.captureStackTrace;
  stackTrace.captureStackTrace = function counted(below?: Function): string[] {
    const frames = capture(below ?? counted);
    counts.traces++;
    counts.frames += frames.length;
    counts.chars += frames.reduce((sum, frame) => sum + frame.length, 0);
    return frames;
  };
  const { benchStack } = await import("./shape");
  const add =
    side === "library" ? (await import("./library-stack")).addLibraryGateway : (await import("./handwritten-stack")).addHandwrittenGateway;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-traces."));
  try {
    const app = new App({ outdir });
    benchStack(app, n, add);
    app.synth();
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  const per = (x: number) => (x / n).toFixed(1);
  process.stdout.write(
    `${side} N=${n}: ${counts.traces} traces, ${counts.frames} frames, ${counts.chars} characters; ` +
      `per gateway ${per(counts.traces)} traces, ${per(counts.frames)} frames, ${per(counts.chars)} characters\n`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
