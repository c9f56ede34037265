// The sources page (#/can-cu): every source the app cites, grouped by tool, and reached from each
// "verify" note and "Why?" reason.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

test("the sources page lists every source by tool, least certain first, with what rests on it", async () => {
  const page = await s.open("#/can-cu");
  await page.getByRole("heading", { level: 1, name: "Căn cứ pháp lý và nguồn" }).waitFor();
  const groups = await page.locator(".source-group h2").allInnerTexts();
  assert.deepEqual(groups, ["Kiểm tra số định danh cá nhân", "Tra cứu hạn thẻ căn cước", "Định danh điện tử (VNeID)", "Công dân số: miễn, giảm lệ phí", "Ngày làm việc, ngày nghỉ", "Dịch vụ công", "Điền tờ khai"]);
  assert.ok(await page.locator(".source-row").count() > 40, "every source has a row");
  const waiver = await page.locator("#nguon-tt-117-2026").innerText();
  assert.match(waiver, /Thông tư 117\/2026\/TT-BTC/);
  assert.match(waiver, /Áp dụng: từ 15\/08\/2026 đến hết 28\/02\/2027/);
  const card = await page.locator("#nguon-qd-5230-2026").innerText();
  assert.match(card, /Dùng cho: Cấp, cấp đổi, cấp lại thẻ căn cước/);
  await assertAccessible(page, "sources page");
  await page.context().close();
});

test("a verify note on a result leads to its source's row, keeping the as-of date", async () => {
  const page = await s.open("#/han-the-can-cuoc?ns=01/01/1990&the=can-cuoc&nc=01/08/2024&sxhc=1&as_of=2026-11-24");
  await page.locator(".result").waitFor();
  await page.locator(".result .verify a", { hasText: "Xem trong danh sách căn cứ" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Căn cứ pháp lý và nguồn" }).waitFor();
  assert.match(page.url(), /#\/can-cu\?nguon=[a-z0-9-]+&as_of=2026-11-24$/);
  const id = new URL(page.url()).hash.match(/nguon=([a-z0-9-]+)/)[1];
  await page.waitForFunction((want) => document.activeElement?.id === `nguon-${want}`, id);
  await page.context().close();
});
