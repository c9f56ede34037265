// Renders assets/icon.svg to the PNG icons the web app manifest needs (192 and 512 px), with
// Debian's Chromium. Run once after changing the SVG: node tools/make-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";

const svg = readFileSync("assets/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: false });
  await page.close();
}
await browser.close();
console.log("wrote assets/icon-192.png and assets/icon-512.png");
