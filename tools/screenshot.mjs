// Full-page phone screenshot of a route, for looking at the UI: node tools/screenshot.mjs "#/route" out.png [submit] [open]
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";
import { CHROMIUM_ARGS, PHONE } from "../tests/e2e/harness.mjs";
const { server, url } = await startServer("dist", 0);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const [hash, out, ...rest] = process.argv.slice(2);
const p = await (await b.newContext({...PHONE, deviceScaleFactor: 1})).newPage();
await p.goto(url + hash); await p.locator("#app > main h1").waitFor();
if (rest.includes("submit")) { await p.locator("button[type=submit]").click(); }
if (rest.includes("open")) await p.evaluate(() => document.querySelectorAll("details").forEach(d => d.open = true));
const clip = rest.find((r) => r.startsWith("clip="));
if (clip) { const [y, h] = clip.slice(5).split(":").map(Number); await p.screenshot({ path: out, clip: { x: 0, y, width: 360, height: h }, fullPage: true }); }
else await p.screenshot({ path: out, fullPage: true });
await b.close(); server.close();
