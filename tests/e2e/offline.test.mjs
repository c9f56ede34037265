// Weak or no network: after one visit the app opens and answers with the server gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";
import { CHROMIUM_ARGS, PHONE } from "./harness.mjs";
import { cardPhoto } from "./card_photo.mjs";

test("after one visit the app works offline, and the page allows no other inline script", async () => {
  const { server, url } = await startServer("dist", 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const errors = [];
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url + "#/");
    await page.locator("#app > main h1").waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.locator("#app > main h1").waitFor();
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the service worker controls the page");
    // Installable on a phone's home screen: a manifest with the app's name and icons that load.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]').href;
      const m = await (await fetch(href)).json();
      const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, href))).status));
      return { name: m.name, display: m.display, icons };
    });
    assert.deepEqual(manifest, { name: "Sổ tay Công dân số", display: "standalone", icons: [200, 200] });
    // An injected inline script is refused by the CSP (only the loader's hash is allowed).
    const ran = await page.evaluate(() => {
      window.__injected = false;
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.appendChild(s);
      return window.__injected;
    });
    assert.equal(ran, false, "inline script blocked");

    await new Promise((ok) => server.close(ok));
    server.closeAllConnections?.();
    await page.goto(url + "#/han-the-can-cuoc?ns=01/01/1980&the=cmnd&as_of=2025-01-01");
    await page.reload();
    await page.locator(".result").waitFor();
    assert.match(await page.locator(".result").innerText(), /Thẻ đã hết giá trị từ ngày 01\/01\/2025/);
    // What loads only on demand works offline too: the card-QR reader and its decoder (precached).
    await page.goto(url + "#/so-dinh-danh");
    await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
    await page.locator("#card-scan-photo").setInputFiles({ name: "the.png", mimeType: "image/png", buffer: cardPhoto() });
    await page.getByRole("button", { name: "Đúng, điền vào" }).click();
    assert.equal(await page.locator("#id-number").inputValue(), "001090001234", "a photo read offline");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
