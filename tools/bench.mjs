// Benchmark, side by side with the peer (Yew's function_todomvc, ../shared/peers/, built here with the
// same toolchain and profile when present): first-load bytes (gzip -9, brotli 11), load → interactive
// and Largest Contentful Paint under 4× CPU throttling (LCP also on a slow 4G network), tap → next frame
// against the DOM floor (the same page's final DOM set by innerHTML → next frame), memory after 20
// and 200 navigations, and what a first visit downloads in all (the page and the service worker).
// Medians of several runs with their spread. Prints tables; never a test.
// Usage: node tools/bench.mjs [runs=9]   (after `trunk build --release --offline`; `make bench` does both)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { CHROMIUM_ARGS, PHONE } from "../tests/e2e/harness.mjs";

const runs = Number(process.argv[2] ?? 9);
const kib = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const spread = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
const ms = (xs) => `${median(xs).toFixed(1)} ms (${spread(xs)})`;

// --- The peer: built from ../shared/peers/ into target/peer (never committed) ----------------------
function buildPeer() {
  const src = resolve("../shared/peers/yew-function-todomvc");
  if (!existsSync(src)) return null;
  const dir = resolve("target/peer");
  if (!existsSync(join(dir, "dist", "index.html"))) {
    mkdirSync(dir, { recursive: true });
    cpSync(src, dir, { recursive: true });
    console.log("building the peer (once) in target/peer …");
    const env = { ...process.env, TRUNK_SKIP_VERSION_CHECK: "true", CARGO_TARGET_DIR: join(dir, "target") };
    execFileSync("cargo", ["fetch", "-q"], { cwd: dir, env, stdio: "inherit" });
    execFileSync("trunk", ["build", "--release", "--offline"], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
  }
  // Served like the app: precompressed, so a slow network costs both the same per byte.
  if (!existsSync(join(dir, "dist", "index.html.br"))) execFileSync("node", [resolve("tools/compress.mjs"), join(dir, "dist")], { stdio: "ignore" });
  return join(dir, "dist");
}

// --- Bytes -------------------------------------------------------------------------------------------
function sizes(dir, names = readdirSync(dir).filter((f) => /\.(html|js|wasm|css|webmanifest|svg|png)$/.test(f))) {
  let raw = 0, gz = 0, br = 0;
  for (const name of names) {
    const body = readFileSync(join(dir, name));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
}

/** The file in dist/ a request's path names (`/` is index.html). */
const fileOf = (pathname) => (pathname === "/" ? "index.html" : decodeURIComponent(pathname.slice(1)));

/** The files the home page itself fetches until it is interactive and the network is idle (what the
 *  first page needs), not what the service worker precaches afterwards or a tool loads on demand. */
async function firstLoadFiles(url, ready) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const names = new Set();
  page.on("response", (r) => {
    const u = new URL(r.url());
    // What the service worker answers from its cache (the app, started once the worker holds it) cost
    // this page nothing on the network; the worker's own downloads count in the offline row.
    if (u.origin === new URL(url).origin && !r.fromServiceWorker()) names.add(fileOf(u.pathname));
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState("networkidle");
  await context.close();
  return [...names].sort();
}

/** Every file the server sends on a first visit, the page's and the service worker's alike (a file sent
 *  twice counts twice), until the worker is active and the network idle: what a first visit costs in
 *  mobile data. */
async function firstVisitDownload(server, url, ready) {
  const sent = [];
  const count = (req) => sent.push(fileOf(new URL(req.url, url).pathname));
  server.on("request", count);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.evaluate(() => navigator.serviceWorker?.ready);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await context.close();
  server.off("request", count);
  return sent.filter((name) => existsSync(join("dist", name)));
}

// --- Browser measures ---------------------------------------------------------------------------------
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"] });

async function phonePage({ network = false } = {}) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  if (network) {
    // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  }
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
    addEventListener("TrunkApplicationStarted", (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
  });
  return { page, context };
}

/** Navigation start → `ready` visible (interactive: the wasm running), and the LCP of that load. */
async function load(url, ready, { network = false } = {}) {
  const out = { interactive: [], lcp: [] };
  for (let i = 0; i < runs; i++) {
    const { page, context } = await phonePage({ network });
    await page.goto(url, { waitUntil: "commit" });
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    out.interactive.push(await page.evaluate(() => performance.now()));
    await page.waitForTimeout(300);
    out.lcp.push(await page.evaluate(() => window.__lcp));
    await context.close();
  }
  return out;
}

/** Taps `tap` and measures until the next frame after the app's page shows `heading`. */
function tapUntilPainted(page, { tap, heading }) {
  return page.evaluate(({ tap, heading }) => new Promise((ok) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector("#app > main h1")?.textContent !== heading) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => ok(performance.now() - start), 0));
    });
    observer.observe(document.getElementById("app"), { childList: true, subtree: true });
    document.querySelector(tap).click();
  }), { tap, heading });
}

/** The first tap on the prerendered home page, before the app has started (a fresh visit, the tile
 *  tapped as soon as it shows): tap → the tool's heading painted by the app. Includes fetching,
 *  compiling and starting the app. */
async function firstTap(url, { tap, heading }) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const { page, context } = await phonePage();
    await page.goto(url, { waitUntil: "commit" });
    await page.locator(".pre-home .tile a").first().waitFor();
    out.push(await tapUntilPainted(page, { tap, heading }));
    await context.close();
  }
  return out;
}

/** A tap → the next frame painted, and the floor: the same final DOM set by innerHTML → next frame. */
async function tapVsFloor(url, { before, tap, heading }) {
  const taps = [], floors = [];
  for (let i = 0; i < runs; i++) {
    const { page, context } = await phonePage();
    await page.goto(url);
    await page.locator(before).first().waitFor();
    const t = await tapUntilPainted(page, { tap, heading });
    taps.push(t);
    const finalDom = await page.evaluate(() => document.getElementById("app").innerHTML);
    await page.goto(url);
    await page.locator(before).first().waitFor();
    floors.push(await page.evaluate((html) => new Promise((ok) => {
      const start = performance.now();
      document.getElementById("app").innerHTML = html;
      requestAnimationFrame(() => setTimeout(() => ok(performance.now() - start), 0));
    }), finalDom));
    await context.close();
  }
  return { taps, floors };
}

/** JS heap and wasm memory after 20 and after 200 navigations across every route. */
async function memory(url, routes) {
  const { page, context } = await phonePage();
  await page.goto(url + "#/");
  await page.locator("#app > main h1").waitFor();
  const read = async () => {
    await page.evaluate(() => window.gc?.());
    return page.evaluate(() => ({ heap: performance.memory.usedJSHeapSize, wasm: window.__wasmMemory?.buffer.byteLength ?? 0 }));
  };
  let after20;
  for (let i = 1; i <= 200; i++) {
    await page.evaluate((h) => new Promise((ok) => {
      location.hash = h;
      requestAnimationFrame(() => requestAnimationFrame(ok)); // rendered and painted
    }), routes[i % routes.length]);
    if (i === 20) after20 = await read();
  }
  const after200 = await read();
  await context.close();
  return { after20, after200 };
}

// --- Run ----------------------------------------------------------------------------------------------
const peerDir = buildPeer();
const app = await startServer("dist", 0);
const peer = peerDir ? await startServer(peerDir, 0) : null;
const DEEP = "#/cong-dan-so/ket-qua?dd2=co&cb=khai-sinh,thanh-toan,an-sinh,y-te&thu-tuc=the-doi,thuong-tru,ho-chieu&gt=ho-chieu&as_of=2026-12-02";

// The home page is usable (plain links) as soon as its prerendered tiles show; the app follows.
const HOME_USABLE = ".pre-home .tile a";
const appFirst = await firstLoadFiles(app.url + "#/", "#app > main .tile a");
const appSize = sizes("dist", appFirst);
const deepFirst = await firstLoadFiles(app.url + DEEP, "#app > main .result");
const deepSize = sizes("dist", deepFirst);
const peerSize = peerDir ? sizes(peerDir, await firstLoadFiles(peer.url, ".new-todo")) : null;
const appAll = sizes("dist");
const homeVisit = await firstVisitDownload(app.server, app.url + "#/", "#app > main .tile a");
const deepVisit = await firstVisitDownload(app.server, app.url + DEEP, "#app > main .result");
const appHome = await load(app.url + "#/", HOME_USABLE);
const appHomeApp = await load(app.url + "#/", "#app > main .tile a");
const appDeep = await load(app.url + DEEP, "#app > main .result");
const peerHome = peer ? await load(peer.url, ".new-todo") : null;
const appHomeSlow = await load(app.url + "#/", HOME_USABLE, { network: true });
const appDeepSlow = await load(app.url + DEEP, "#app > main .result", { network: true });
const peerSlow = peer ? await load(peer.url, ".new-todo", { network: true }) : null;
const firstTapIdChecker = await firstTap(app.url + "#/", { tap: '.pre-vi .tile a[href="#/so-dinh-danh"]', heading: "Kiểm tra số định danh cá nhân" });
const idChecker = await tapVsFloor(app.url + "#/", { before: "#app > main .tile a", tap: '.tile a[href="#/so-dinh-danh"]', heading: "Kiểm tra số định danh cá nhân" });
// A long result page: from the e-ID result, the card calculator opened on its result.
const cardResult = await tapVsFloor(app.url + "#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=02/09/1956&the=cmnd&sdt=co&tk=chua-co&as_of=2026-12-02", {
  before: "#app > main .result",
  tap: '#app > main .blockers a[href^="#/han-the-can-cuoc"]',
  heading: "Tra cứu hạn thẻ căn cước",
});
const ROUTES = ["#/", "#/so-dinh-danh", "#/han-the-can-cuoc", "#/dinh-danh-dien-tu", "#/dinh-danh-dien-tu/quoc-tich", "#/cong-dan-so", "#/cong-dan-so/muc-2", DEEP, "#/viec-cua-toi", "#/viec-cua-toi/sinh-con?ngay=15/11/2026", "#/dich-vu", "#/dich-vu/cap-ho-chieu", "#/can-cu"];
const mem = await memory(app.url, ROUTES);
await browser.close();
app.server.close();
peer?.server.close();

const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : "—");
const row = (what, a, p, r, budget) => console.log(`| ${what} | ${a} | ${p ?? "—"} | ${r ?? "—"} | ${budget} |`);
console.log(`\nmake bench, ${new Date().toISOString().slice(0, 10)}, medians of ${runs} runs (min–max), 4× CPU throttle, 360×740 phone${peerDir ? "" : " — peer not found in ../shared/peers/"}\n`);
console.log("| measure | app | peer (TodoMVC) | ratio | budget |");
console.log("|---|---|---|---|---|");
row("first load: what the home page fetches, gzip -9", `${kib(appSize.gz)} KiB`, peerSize && `${kib(peerSize.gz)} KiB`, peerSize && ratio(appSize.gz, peerSize.gz), "≤ 1.6×");
row("first load, brotli 11", `${kib(appSize.br)} KiB`, peerSize && `${kib(peerSize.br)} KiB`, peerSize && ratio(appSize.br, peerSize.br), "");
row("first load of a deep link (the app itself), gzip -9", `${kib(deepSize.gz)} KiB`, peerSize && `${kib(peerSize.gz)} KiB`, peerSize && ratio(deepSize.gz, peerSize.gz), "");
row("everything precached for offline use, gzip -9", `${kib(appAll.gz)} KiB`, "", "", "≤ 300 KiB");
row("a first visit's whole download (page and service worker), home, gzip -9", `${kib(sizes("dist", homeVisit).gz)} KiB (${homeVisit.length} files)`, "", "", "");
row("a first visit's whole download (page and service worker), deep link, gzip -9", `${kib(sizes("dist", deepVisit).gz)} KiB (${deepVisit.length} files)`, "", "", "");
row("load → interactive, home (its links work)", ms(appHome.interactive), peerHome && ms(peerHome.interactive), peerHome && ratio(median(appHome.interactive), median(peerHome.interactive)), "≤ 1.2×");
row("load → the app running on home (once the service worker holds it)", ms(appHomeApp.interactive), peerHome && ms(peerHome.interactive), peerHome && ratio(median(appHomeApp.interactive), median(peerHome.interactive)), "");
row("load → interactive, deep link (a result)", ms(appDeep.interactive), "", "", "");
row("LCP, home, 4× CPU, local network", ms(appHome.lcp), peerHome && ms(peerHome.lcp), peerHome && ratio(median(appHome.lcp), median(peerHome.lcp)), "");
row("LCP, home, 4× CPU + slow 4G", ms(appHomeSlow.lcp), peerSlow && ms(peerSlow.lcp), peerSlow && ratio(median(appHomeSlow.lcp), median(peerSlow.lcp)), "≤ 1.5 s");
row("load → interactive, home, 4× CPU + slow 4G", ms(appHomeSlow.interactive), peerSlow && ms(peerSlow.interactive), peerSlow && ratio(median(appHomeSlow.interactive), median(peerSlow.interactive)), "");
row("LCP, deep link, 4× CPU + slow 4G", ms(appDeepSlow.lcp), "", "", "≤ 1.5 s");
row("first tap on a fresh home page, before the app started → ID checker painted", ms(firstTapIdChecker), "", "", "");
row("tap home → ID checker → next frame", ms(idChecker.taps), `floor ${ms(idChecker.floors)}`, ratio(median(idChecker.taps), median(idChecker.floors)), "≤ 2× floor");
row("tap e-ID result → card result → next frame", ms(cardResult.taps), `floor ${ms(cardResult.floors)}`, ratio(median(cardResult.taps), median(cardResult.floors)), "≤ 2× floor");
const mb = (n) => (n / 1048576).toFixed(2);
row("JS heap after 20 → 200 navigations", `${mb(mem.after20.heap)} → ${mb(mem.after200.heap)} MB`, "", "", "+ ≤ 1 MB");
row("wasm memory after 20 → 200 navigations", `${mb(mem.after20.wasm)} → ${mb(mem.after200.wasm)} MB`, "", "", "+ ≤ 1 MB");
console.log(`\nFirst load, home (${appFirst.length} files): ${appFirst.join(", ")}`);
console.log(`First load, deep link (${deepFirst.length} files): ${deepFirst.join(", ")}`);
console.log("\nLighthouse (not run here): CHROME_PATH=/usr/bin/chromium npx lighthouse@12 <url> --form-factor=mobile --only-categories=performance --chrome-flags=\"--headless=new --no-sandbox\"");
