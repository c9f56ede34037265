// Where a tap's time goes under 4× CPU throttling, from a Chromium trace: script, style, layout, paint,
// and how many forced layouts. Usage: node tools/trace_tap.mjs [start-hash] [ready-selector] [tap-selector]
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { CHROMIUM_ARGS, PHONE } from "../tests/e2e/harness.mjs";

const [start = "#/", ready = "#app > main .tile a", tap = '.tile a[href="#/so-dinh-danh"]'] = process.argv.slice(2);
const { server, url } = await startServer("dist", 0);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const sums = new Map();
const RUNS = 5;
for (let run = 0; run < RUNS; run++) {
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url + start);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(500);
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
  await page.evaluate((sel) => new Promise((ok) => {
    document.querySelector(sel).click();
    requestAnimationFrame(() => setTimeout(ok, 0));
  }), tap);
  await cdp.send("Tracing.end");
  await done;
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const key = e.name;
    const s = sums.get(key) ?? { ms: 0, n: 0 };
    s.ms += e.dur / 1000; s.n += 1;
    sums.set(key, s);
  }
  await ctx.close();
}
for (const name of ["EventDispatch", "FunctionCall", "RunMicrotasks", "v8.callFunction", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "ParseHTML", "MinorGC", "MajorGC", "HitTest"]) {
  const s = sums.get(name);
  if (s) console.log(`${name.padEnd(18)} ${(s.ms / RUNS).toFixed(1).padStart(7)} ms  ×${(s.n / RUNS).toFixed(1)}`);
}
await browser.close();
server.close();
