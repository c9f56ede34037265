// Typed links (issue 9): the as-of date travels with every in-app link, and a link part that
// cannot be read is named in a notice while every other answer is kept.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const AS_OF = "as_of=2027-03-01";

test("a reviewer working as of 01/03/2027 stays on that date from home through a plan to a service and back", async () => {
  const page = await s.open(`#/?${AS_OF}`);
  await page.getByRole("link", { name: /Việc của tôi/ }).click();
  await page.getByRole("link", { name: "Con tôi mới sinh" }).click();
  await page.getByRole("heading", { level: 1, name: "Con tôi mới sinh" }).waitFor();
  await page.getByLabel("Bé sinh ngày nào?").fill("20/02/2027");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.locator(".result").waitFor();
  assert.match(page.url(), new RegExp(`ngay=20%2F02%2F2027.*&${AS_OF}$`));
  assert.match(await page.locator(".result .as-of").innerText(), /01\/03\/2027 \(ngày ghi trong đường dẫn\)/);

  await page.locator(".result h3 a").first().click();
  await page.locator("article.service").waitFor();
  assert.match(page.url(), new RegExp(`#/dich-vu/[a-z0-9-]+\\?${AS_OF}$`), "plan → service keeps the date");
  assert.match(await page.locator(".service .as-of").innerText(), /01\/03\/2027 \(ngày ghi trong đường dẫn\)/);

  await page.locator(".service a.back-link").click();
  await page.getByRole("heading", { level: 1, name: "Dịch vụ công" }).waitFor();
  assert.match(page.url(), new RegExp(`#/dich-vu\\?${AS_OF}$`), "service → list keeps the date");
  await page.locator(".tile a").first().click();
  await page.locator("article.service").waitFor();
  assert.match(page.url(), new RegExp(`\\?${AS_OF}$`), "list → service keeps the date");

  await page.locator(".site-header a.brand").click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  assert.match(page.url(), new RegExp(`#/\\?${AS_OF}$`), "the header's home link keeps the date");
  const tiles = await page.locator(".tile a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(tiles.every((h) => h.endsWith(`?${AS_OF}`)), `every tool tile keeps the date: ${tiles}`);
  await page.context().close();
});

test("a link part that cannot be read is named in a notice, and every other answer is kept", async () => {
  const page = await s.open("#/han-the-can-cuoc?ns=15/03/1990&the=the-la&mien=co-le");
  const notice = page.getByText("Một phần của đường dẫn không đọc được", { exact: false });
  await notice.waitFor();
  assert.match(await notice.innerText(), /the, mien$/);
  assert.equal(await page.getByLabel("Bạn sinh ngày nào?").inputValue(), "15/03/1990", "the readable answer is kept");
  await assertAccessible(page, "a link with an unreadable part");
  await page.context().close();
});

test("older links keep working: a flag written `co` is read as on", async () => {
  const page = await s.open("#/dinh-danh-dien-tu/tai-khoan?qt=vn&giup=co");
  await page.getByRole("heading", { level: 1, name: /người được hỗ trợ/ }).waitFor();
  await page.context().close();
});
