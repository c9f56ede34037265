// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside each text or wasm file of
// a build, so any static host, and `make serve`, can send the smallest bytes the browser accepts.
// Usage: node tools/compress.mjs <dir>   (run by tools/post_build.py, after sw.js is written)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|json|webmanifest|svg)$/;
let files = 0;
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!COMPRESSIBLE.test(name) || !statSync(path).isFile()) continue;
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  files += 1;
}
console.log(`compress: ${files} files, each with .br and .gz beside it`);
