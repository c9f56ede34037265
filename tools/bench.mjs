// Benchmark: sizes of the first load (raw and gzip -9) and load / navigation times in headless
// Chromium with 4× CPU throttling, median over several runs. Prints a table; never a test.
// Usage: node tools/bench.mjs [runs=9]   (after `trunk build --release --offline`)
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { CHROMIUM_ARGS, PHONE } from "../tests/e2e/harness.mjs";

const runs = Number(process.argv[2] ?? 9);
const kib = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// 1. Sizes of what the first load fetches.
let totalRaw = 0, totalGz = 0;
console.log("file                                   raw KiB   gzip KiB");
for (const name of readdirSync("dist").filter((f) => /\.(html|js|wasm|css)$/.test(f)).sort()) {
  const body = readFileSync(`dist/${name}`);
  const gz = gzipSync(body, { level: 9 }).length;
  totalRaw += body.length; totalGz += gz;
  console.log(`${name.padEnd(38)} ${kib(body.length).padStart(7)}  ${kib(gz).padStart(9)}`);
}
console.log(`${"first load total (html+js+wasm+css)".padEnd(38)} ${kib(totalRaw).padStart(7)}  ${kib(totalGz).padStart(9)}   budget 200 KiB gzip`);

// 2. Times under 4× CPU throttling.
const { server, url } = await startServer("dist", 0);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const loads = [], taps = [], doms = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url + "#/", { waitUntil: "commit" });
  await page.locator("#app > main .tile a").first().waitFor(); // the live app, not the build-time first paint
  // Navigation start → home page rendered with its tool links (interactive: wasm running).
  loads.push(await page.evaluate(() => performance.now()));
  // A tap → the next page's DOM in place (MutationObserver), then the frame that paints it.
  const [dom, frame] = await page.evaluate(() => new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector("#id-number")) return;
      observer.disconnect();
      const domAt = performance.now() - t0;
      requestAnimationFrame(() => done([domAt, performance.now() - t0]));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const t0 = performance.now();
    document.querySelector('.tile a[href="#/so-dinh-danh"]').click();
  }));
  doms.push(dom);
  taps.push(frame);
  await context.close();
}
await browser.close();
server.close();
console.log(`\nnavigation → interactive home, 4× CPU throttle, median of ${runs}: ${median(loads).toFixed(0)} ms (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)})`);
console.log(`tap → next page in the DOM, 4× CPU throttle, median of ${runs}: ${median(doms).toFixed(1)} ms`);
console.log(`tap → next page rendered (next frame), 4× CPU throttle, median of ${runs}: ${median(taps).toFixed(1)} ms (budget 50 ms)`);
