#!/usr/bin/env python3
"""Trunk post_build hook (runs on the staged dist/):

0. writes the first paint into `<div id="app">`: the home page in both languages rendered from the
   app's own views by the native `prerender` binary (src/ui/prerender.rs), told what a first visit
   downloads to start the app (for its "slow network" line);
   Trunk's loader is wrapped so that a failure to load the app shows index.html's #load-failed;
1. replaces 'unsafe-inline' in the Content-Security-Policy with the sha256 of each inline script
   (Trunk's loader and the first-paint switch in index.html), so no other inline script can run;
2. writes sw.js, the service worker that keeps the app usable offline: it precaches every built
   file under a cache name derived from their content, so a new build replaces the old cache (a file
   whose name carries its hash is taken from the HTTP cache when the page has just fetched it);
3. writes `.br` and `.gz` beside each text and wasm file (tools/compress.mjs), for hosts that serve
   precompressed files (`make serve` does). The service worker caches the plain names.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

# What a first visit downloads to start the app (the wasm and its glue as the `.gz` files written below
# serve them: Node's zlib, level 9), rounded up to 10 KB: the first paint's "slow network" line names it.
app_code = [os.path.join(staging, n) for n in os.listdir(staging) if re.fullmatch(r"congdanso-[0-9a-f]+(_bg\.wasm|\.js)", n)]
if len(app_code) != 2:
    sys.exit(f"post_build: expected the app's wasm and glue in {staging}, found {app_code}")
app_bytes = int(subprocess.run(
    ["node", "-e", "const fs = require('fs'), zlib = require('zlib'); console.log(process.argv.slice(1).reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0))", *app_code],
    check=True, capture_output=True, text=True,
).stdout)
app_kb = -(-app_bytes // 10240) * 10

# The native build of the same crate renders the views; it shares the test builds' target dir.
first_paint = subprocess.run(
    ["cargo", "run", "--quiet", "--offline", "--bin", "prerender", "--", str(app_kb)],
    check=True, capture_output=True, text=True,
    env={k: v for k, v in os.environ.items() if not k.startswith("CARGO_BUILD_TARGET")},
).stdout
if '<div id="app"></div>' not in html:
    sys.exit('post_build: index.html no longer has an empty <div id="app"></div>')
html = html.replace('<div id="app"></div>', f'<div id="app">{first_paint}</div>')

# The app's code is not fetched by the plain home page before it is usable (index.html's first script
# decides when the app starts: window.congdansoStart). Trunk's loader imports the glue and preloads the
# wasm from the head; both move behind that gate. A deep link has nothing to show without the app, so
# the first script preloads both at once there (WASM_HREF, JS_HREF).
wasm_preload = re.search(r'<link rel="preload" href="([^"]+_bg\.wasm)"[^>]*>\s*', html)
js_preload = re.search(r'<link rel="modulepreload" href="([^"]+\.js)"[^>]*>\s*', html)
glue_import = re.search(r"import init, \* as bindings from '([^']+\.js)';", html)
loader_call = "const wasm = await init("
if not wasm_preload or not js_preload or not glue_import or "WASM_HREF" not in html or "JS_HREF" not in html or html.count(loader_call) != 1:
    sys.exit("post_build: Trunk's loader (preload links, glue import, init call) or index.html's placeholders changed")
html = (
    html.replace(wasm_preload.group(0), "")
    .replace(js_preload.group(0), "")
    .replace("WASM_HREF", wasm_preload.group(1))
    .replace("JS_HREF", js_preload.group(1))
    .replace(
        glue_import.group(0),
        f"await window.congdansoStart;\nconst bindings = await import('{glue_import.group(1)}');\nconst init = bindings.default;",
    )
)

# The app's code can fail to arrive (a weak network on a first visit, a browser without WebAssembly).
# Trunk's loader is wrapped so that the page then says so (index.html's first script,
# window.congdansoLoadFailed: the notice #load-failed, shown where the person is waiting for the app, a
# deep link or a tap) instead of "opening…" forever. A trap inside the
# app is not a load failure: it goes on to recover.js's crash notice as before.
loader = re.search(r'(<script type="module"[^>]*>)(\s*await window\.congdansoStart;.*?)(</script>)', html, flags=re.S)
if "congdansoLoadFailed" not in html or not loader or "TrunkApplicationStarted" not in loader.group(2) or re.search(r"^\s*(import|export)\s", loader.group(2), flags=re.M):
    sys.exit("post_build: Trunk's loader script changed (a static import or export cannot sit inside try)")
html = html.replace(
    loader.group(0),
    loader.group(1)
    + "\ntry {" + loader.group(2) + "} catch (e) {\n"
    + '  if (typeof WebAssembly === "object" && e instanceof WebAssembly.RuntimeError) throw e;\n'
    + "  window.congdansoLoadFailed();\n"
    + '  console.warn("Sổ tay Công dân số: the app could not be loaded", e);\n'
    + "}\n"
    + loader.group(3),
)

scripts = re.findall(r"<script(?: type=\"module\")?>(.*?)</script>", html, flags=re.S)
if len(scripts) != 2:
    sys.exit(f"post_build: expected two inline scripts in index.html (loader, first paint), found {len(scripts)}")
digests = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in scripts
)
if "'unsafe-inline'" not in html:
    sys.exit("post_build: the CSP in index.html no longer has the 'unsafe-inline' placeholder")
html = html.replace("'unsafe-inline'", digests)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

files = sorted(
    name for name in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, name)) and name != "sw.js"
)
version = hashlib.sha256()
for name in files:
    with open(os.path.join(staging, name), "rb") as f:
        version.update(name.encode() + b"\0" + f.read())
# Navigations are answered from "./index.html" when offline (the fetch handler below), so "./" itself is
# not precached: it would download the page a second time.
precache = [f"./{name}" for name in files]
sw = f"""// Generated by tools/post_build.py: precaches the build so the app works offline.
const CACHE = "congdanso-{version.hexdigest()[:16]}";
const FILES = {json.dumps(precache)};
// A file whose name carries its content's hash never changes: take it from the HTTP cache when the page
// has just downloaded it (a first visit by a deep link fetches the app itself), instead of downloading
// it a second time.
const HASHED = /-[0-9a-f]{{12,}}(_bg)?\.[a-z]+$/;
self.addEventListener("install", (e) => {{
  const requests = FILES.map((f) => (HASHED.test(f) ? new Request(f, {{ cache: "force-cache" }}) : f));
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)).then(() => self.skipWaiting()));
}});
self.addEventListener("activate", (e) => {{
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
}});
self.addEventListener("fetch", (e) => {{
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {{
    e.respondWith(fetch(req).catch(() => caches.match("./index.html")));
    return;
  }}
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
}});
"""
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)
subprocess.run(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "compress.mjs"), staging], check=True)
print(f"post_build: first paint {len(first_paint)} bytes; CSP pinned to {len(scripts)} inline scripts; sw.js precaches {len(precache)} files")
