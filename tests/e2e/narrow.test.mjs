// 320 px wide (and so 640 px at 200 % zoom): no page scrolls sideways, and touch targets are ≥ 44 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";
import { CHROMIUM_ARGS } from "./harness.mjs";

const ROUTES = [
  "#/",
  "#/so-dinh-danh?so=079190012345&ns=01/02/1990",
  "#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&as_of=2026-11-24",
  "#/dinh-danh-dien-tu/the?qt=vn",
  "#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=02/09/1956&the=cmnd&sdt=co&tk=chua-co&giup=1&as_of=2026-11-24",
  "#/cong-dan-so/thong-tin-co-ban?dd2=co",
  "#/cong-dan-so/ket-qua?dd2=co&cb=khai-sinh,thanh-toan&thu-tuc=the-doi,dang-ky-xe,ho-chieu-lai&gt=dang-ky-xe&as_of=2026-12-02",
  "#/viec-cua-toi/sinh-con?ngay=15/11/2026&thuong-tru=co&muc2=co&as_of=2026-12-07",
  "#/dich-vu/lien-thong-khai-sinh?as_of=2026-11-24",
  "#/can-cu",
];

test("every route fits 320 px without sideways scrolling, and buttons and choices are at least 44 px tall", async () => {
  const { server, url } = await startServer("dist", 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })).newPage();
    for (const route of ROUTES) {
      await page.goto(url + route);
      await page.reload();
      await page.locator("#app > main h1").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route}: scrolls sideways by ${overflow}px`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("button, .button, .lang-choice, .radio label, .checkbox label, .tile a")]
          .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
          .map((el) => `${el.tagName}.${el.className}: ${Math.round(el.getBoundingClientRect().height)}px "${el.textContent.trim().slice(0, 30)}"`));
      assert.deepEqual(small, [], `${route}: touch targets under 44 px`);
    }
  } finally {
    await browser.close();
    server.close();
  }
});
