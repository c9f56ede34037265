// Staff mode (chế độ hỗ trợ) on a shared phone or tablet: switched on once, kept across tools,
// every tool speaks of the person helped, and "next person" leaves nothing of them behind.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { startSession, assertAccessible, PHONE } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

test("staff mode is kept across tools, and 'next person' wipes the device but keeps the mode", async () => {
  const page = await s.open("#/?as_of=2026-12-02");
  await page.getByRole("link", { name: /Chế độ hỗ trợ \(cho cán bộ/ }).click();
  await page.getByRole("region", { name: "Chế độ hỗ trợ" }).waitFor();
  assert.match(page.url(), /nv=1/);
  assert.match(page.url(), /as_of=2026-12-02/, "the as-of date is kept too");
  await assertAccessible(page, "home in staff mode");

  // Another tool: the link carries the mode; the guide speaks of the person helped.
  await page.getByRole("link", { name: /Định danh điện tử/ }).first().click();
  await page.getByRole("region", { name: "Chế độ hỗ trợ" }).waitFor();
  assert.match(page.url(), /nv=1/);
  assert.equal(await page.getByLabel("Tôi đang giúp người khác").isChecked(), true);

  // The person's answers on this device: a form draft and a service checklist.
  await page.goto(page.url().replace(/#.*/, "#/to-khai/khai-sinh?nv=1&as_of=2026-12-02"));
  await page.locator("#ks-con-ten").waitFor();
  assert.match(await page.locator("main").innerText(), /để người sau không thấy thông tin của họ/, "the form speaks to the helper");
  await page.locator("#ks-con-ten").fill("Nguyễn Minh Khang");
  await page.goto(page.url().replace(/#.*/, "#/dich-vu/dang-ky-khai-sinh?nv=1&as_of=2026-12-02"));
  await page.locator(".checklist input").first().check();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.evaluate(() => sessionStorage.setItem("congdanso.test", "x"));
  const before = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(before.includes("congdanso.form.khai-sinh") && before.length >= 3, `stored: ${before}`);

  assert.ok(await page.evaluate(() => history.length) >= 5, "the person's pages are in the tab's history");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Người tiếp theo" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  await page.waitForFunction(() => history.length <= 3);
  assert.match(page.url(), /#\/\?as_of=2026-12-02&nv=1$/);
  await page.getByRole("region", { name: "Chế độ hỗ trợ" }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ["congdanso.lang", "congdanso.tally"], "only the language and the team's counts are kept");
  const day = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; });
  assert.equal(await page.evaluate(() => localStorage.getItem("congdanso.tally")), `tally-1;${day},nguoi,1`, "counts only, on the device's day");
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  // The tab's history no longer holds the pages that carried the person's answers.
  assert.ok(await page.evaluate(() => history.length) <= 3, "the blank start page and two home entries");
  await page.goBack();
  await page.waitForTimeout(200);
  assert.match(page.url(), /#\/\?as_of=2026-12-02&nv=1$/, "Back leads to home, not to the person's pages");
  await page.goto(page.url().replace(/#.*/, "#/to-khai/khai-sinh?nv=1"));
  await page.locator("#ks-con-ten").waitFor();
  assert.equal(await page.locator("#ks-con-ten").inputValue(), "", "the next person finds an empty form");

  await page.getByRole("link", { name: "Tắt chế độ hỗ trợ" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  assert.equal(await page.getByRole("region", { name: "Chế độ hỗ trợ" }).count(), 0);
  assert.doesNotMatch(page.url(), /nv=1/);
  await page.context().close();
});

test("a result handed over by QR: decoded from the screen, it opens the same plan on another phone", async () => {
  // A phone with a share sheet: the page offers it, with the same link.
  const desk = await s.browser.newContext({ ...PHONE, locale: "vi-VN" });
  await desk.addInitScript(() => { navigator.share = async (data) => { window.sharedData = data; }; });
  const page = await s.open("#/viec-cua-toi/sinh-con?ngay=20/11/2026&thuong-tru=co&muc2=khong&as_of=2026-12-02&nv=1", { context: desk });
  await page.getByRole("heading", { level: 2, name: "Trao trang này cho người được hỗ trợ" }).waitFor();
  await assertAccessible(page, "event plan with the hand-off");
  const shot = PNG.sync.read(await page.locator(".hand-off .qr").screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.ok(decoded, "the QR code on the screen decodes");
  assert.equal(decoded.data, await page.locator("#hand-off-link").inputValue(), "the code is the link shown");
  assert.doesNotMatch(decoded.data, /nv=1/, "the person's phone is not in staff mode");
  assert.match(decoded.data, /^http:\/\/127\.0\.0\.1:\d+\/#\/viec-cua-toi\/sinh-con\?/);
  await page.getByRole("button", { name: /Chia sẻ/ }).click();
  assert.equal(await page.evaluate(() => window.sharedData?.url), decoded.data, "the share sheet gets the same link");

  const phone = await s.browser.newContext({ ...PHONE, locale: "vi-VN" });
  const other = await s.open(decoded.data.replace(/^http:\/\/127\.0\.0\.1:\d+\//, ""), { context: phone });
  await other.getByRole("heading", { level: 2, name: /Những việc cần làm/ }).waitFor();
  assert.equal(await other.getByRole("region", { name: "Chế độ hỗ trợ" }).count(), 0);
  assert.equal(await other.locator(".steps > li").count(), await page.locator(".steps > li").count(), "the same plan");
  await phone.close();
  await page.context().close();
});

test("a staff journey through two tools builds one plan: dates to the calendar, one A4 page, the same plan on the person's phone, offline", async () => {
  const page = await s.open("#/han-the-can-cuoc?ns=15/03/1995&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&as_of=2026-12-02&nv=1");
  await page.locator(".result").waitFor();
  await page.getByRole("link", { name: "Thêm vào kế hoạch" }).click();
  await page.getByRole("heading", { level: 1, name: "Kế hoạch của người được hỗ trợ" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Thẻ còn hạn đến 15\/03\/2030|15\/03\/2030/);

  // A second tool adds to the same plan: the card's answers are kept.
  await page.goto(page.url().replace(/#.*/, "#/viec-cua-toi/sinh-con?ngay=20/11/2026&thuong-tru=co&muc2=khong&as_of=2026-12-02&nv=1"));
  await page.locator(".steps").waitFor();
  await page.getByRole("link", { name: "Thêm vào kế hoạch" }).click();
  await page.getByRole("heading", { level: 1, name: "Kế hoạch của người được hỗ trợ" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /Tra cứu hạn thẻ căn cước/, "the card part is kept");
  assert.match(text, /Hạn chót: Đăng ký khai sinh/, "the birth's deadline is among the dates");
  assert.match(text, /Tờ khai đăng ký khai sinh/, "the form to fill");
  assert.doesNotMatch(page.url(), /so=/);
  await assertAccessible(page, "plan");

  // The calendar file: one VEVENT per date, each with a reminder.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Thêm các mốc vào lịch/ }).click()]);
  const ics = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  const dates = await page.locator(".plan-dates li").count();
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, dates);
  assert.equal((ics.match(/BEGIN:VALARM/g) ?? []).length, dates);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.ok(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75), "lines folded at 75 octets");

  // Print: one A4 page, with the QR code.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".hand-off .qr").isVisible(), true, "the QR code is printed");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, "one A4 page");
  await page.emulateMedia({ media: "screen" });

  // Handed over: the QR decodes to the plan, which opens the same on another phone, then offline.
  const shot = PNG.sync.read(await page.locator(".hand-off .qr").screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.ok(decoded);
  const phone = await s.browser.newContext({ ...PHONE, locale: "vi-VN" });
  const other = await s.open(decoded.data.replace(/^http:\/\/127\.0\.0\.1:\d+\//, ""), { context: phone });
  await other.getByRole("heading", { level: 1, name: "Kế hoạch của bạn" }).waitFor();
  assert.equal(await other.locator(".plan-dates li").count(), dates, "the same dates");
  await other.evaluate(() => navigator.serviceWorker.ready);
  await other.reload();
  await other.locator("#app > main h1").waitFor();
  await phone.setOffline(true);
  await other.reload();
  await other.getByRole("heading", { level: 1, name: "Kế hoạch của bạn" }).waitFor();
  assert.equal(await other.locator(".plan-dates li").count(), dates, "offline after one visit");
  await phone.close();
  await page.context().close();
});

test("today's tally counts each kind of help once per person, exports CSV and clears", async () => {
  const page = await s.open("#/han-the-can-cuoc?ns=15/03/1995&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&as_of=2026-12-02&nv=1");
  await page.locator(".result").waitFor();
  // Staff mode's voice in the card tool too.
  await page.getByRole("heading", { level: 2, name: "Thẻ của người được hỗ trợ" }).waitFor();
  assert.equal(await page.getByLabel("Người được hỗ trợ sinh ngày nào?").inputValue(), "15/03/1995");
  await page.reload();
  await page.locator(".result").waitFor();
  await page.goto(page.url().replace(/#.*/, "#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=15/03/1995&the=cccd-chip&hh=15/03/2030&sdt=co&tk=chua-co&as_of=2026-12-02&nv=1"));
  await page.locator(".result").waitFor();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Người tiếp theo" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  // The next person: the card result counts again.
  await page.goto(page.url().replace(/#.*/, "#/han-the-can-cuoc?ns=01/01/1960&the=cccd-chip&nc=10/06/2021&hh=01/01/2030&as_of=2026-12-02&nv=1"));
  await page.locator(".result").waitFor();
  await page.getByRole("link", { name: "Số liệu hỗ trợ hôm nay" }).click();
  await page.getByRole("heading", { level: 1, name: "Số liệu hỗ trợ hôm nay" }).waitFor();
  const count = async (what) => Number(await page.locator("tr", { has: page.getByRole("rowheader", { name: what }) }).locator("td").innerText());
  assert.equal(await count(/Tra cứu hạn, cấp đổi thẻ căn cước/), 2, "once per person, not per reload");
  assert.equal(await count(/Hướng dẫn các bước lên tài khoản định danh mức 2/), 1);
  assert.equal(await count(/Người được hỗ trợ/), 1);
  await assertAccessible(page, "tally");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Tải về tệp CSV/ }).click()]);
  const csv = (await (await import("node:fs/promises")).readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  assert.equal(csv.split("\r\n")[0], "ngay,ma,viec,so_lan");
  assert.match(csv, /\d{4}-\d{2}-\d{2},the,"Tra cứu hạn, cấp đổi thẻ căn cước",2/);
  assert.doesNotMatch(csv, /1995|1960|001/, "no date of birth or number of anyone");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Xóa số liệu" }).click();
  assert.equal(await count(/Người được hỗ trợ/), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem("congdanso.tally")), null);
  await page.context().close();
});

test("a wrong answer reported from a result: built on the device, copied, e-mailed or scanned, without the ID number", async () => {
  const page = await s.open("#/so-dinh-danh?so=001090001234&ns=15/03/1990&as_of=2026-12-02");
  await page.getByRole("link", { name: /Thấy thông tin sai trên trang này/ }).click();
  await page.getByRole("heading", { level: 1, name: "Báo thông tin có thể sai" }).waitFor();
  assert.doesNotMatch(page.url(), /001090001234/, "the ID number is not in the report's link");
  await page.getByLabel("Lệ phí").check();
  await page.locator("#report-note").fill("Lệ phí trực tuyến đã đổi từ 01/01/2027?");
  const report = await page.locator("#report-text").innerText();
  assert.match(report, /^Sổ tay Công dân số – báo thông tin có thể sai\nLoại: Lệ phí \(le-phi\)\nTrang: http:\/\/127\.0\.0\.1:\d+\/#\/so-dinh-danh\?ns=15%2F03%2F1990&as_of=2026-12-02\nNgày áp dụng: 02\/12\/2026\nPhiên bản: \d+\.\d+\.\d+\nGhi chú: Lệ phí trực tuyến đã đổi từ 01\/01\/2027\?$/);
  assert.doesNotMatch(report, /001090001234/);
  assert.doesNotMatch(page.url(), /đổi/, "the note is never put in a link");
  const mail = await page.getByRole("link", { name: "Gửi bằng thư điện tử" }).getAttribute("href");
  assert.equal(decodeURIComponent(mail.split("&body=")[1]), report);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Chép báo cáo" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), report);
  const shot = PNG.sync.read(await page.locator("svg.qr").screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  assert.equal(decoded?.data, report, "a maintainer scans the same report");
  await assertAccessible(page, "report");
  await page.context().close();
});
