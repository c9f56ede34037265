// Shared end-to-end harness: serves dist/ on 127.0.0.1, drives Debian's Chromium on a 360×740
// phone viewport, and records console errors and any request that leaves 127.0.0.1.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import assert from "node:assert/strict";
import { startServer } from "../../tools/serve.mjs";

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** One browser and server for a test file; a fresh context (empty storage) per `open()`. */
export async function startSession() {
  const { server, url } = await startServer("dist", 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const problems = { consoleErrors: [], outsideRequests: [] };

  async function open(hash = "#/", { context } = {}) {
    const ctx = context ?? (await browser.newContext({ ...PHONE, locale: "vi-VN" }));
    const page = await ctx.newPage();
    page.on("console", (m) => { if (m.type() === "error") problems.consoleErrors.push(`${page.url()}: ${m.text()}`); });
    page.on("pageerror", (e) => problems.consoleErrors.push(`${page.url()}: ${e.message}`));
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol !== "data:" && u.hostname !== "127.0.0.1") problems.outsideRequests.push(r.url());
    });
    await page.goto(url + hash);
    await page.locator("#app > main h1").waitFor();
    return page;
  }

  async function close() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }

  /** Zero console errors and zero requests outside 127.0.0.1 over the whole file. */
  function assertClean() {
    assert.deepEqual(problems.consoleErrors, [], "console errors");
    assert.deepEqual(problems.outsideRequests, [], "requests outside 127.0.0.1");
  }

  return { url, browser, open, close, assertClean };
}

/** axe-core with the WCAG 2.x A/AA rules: zero violations. Open <details> first so they are scanned. */
export async function assertAccessible(page, label) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}
