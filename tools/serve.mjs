// A static file server bound to 127.0.0.1, for `make serve` and the end-to-end tests.
// Usage: node tools/serve.mjs [dir=dist] [port=8080]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Starts serving `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }. */
export function startServer(dir = "dist", port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
    // The smallest precompressed copy the browser accepts (tools/compress.mjs), else the file itself.
    const accepted = String(req.headers["accept-encoding"] ?? "");
    for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
      try {
        const body = await readFile(file + ext);
        res.writeHead(200, { ...headers, "content-encoding": encoding });
        res.end(body);
        return;
      } catch {
        // no precompressed copy: try the next, then the plain file
      }
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port));
  console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`);
}
