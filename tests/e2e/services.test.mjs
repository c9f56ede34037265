// The service catalog on a phone: search without diacritics, a service page with its checklist kept
// on the device, a corrupted saved checklist, and a one-page print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

test("search finds services typed without diacritics or spaces, and opens a service page", async () => {
  const page = await s.open("#/?as_of=2026-11-24");
  await page.getByRole("link", { name: /^Dịch vụ công/ }).click();
  await page.getByRole("heading", { level: 1, name: "Dịch vụ công" }).waitFor();
  await assertAccessible(page, "service list");
  const search = page.getByLabel("Tìm dịch vụ");
  for (const q of ["dang ky tam tru", "dangkytamtru", "ĐĂNG KÝ TẠM TRÚ"]) {
    await search.fill(q);
    assert.deepEqual(await page.locator(".tile-title").allInnerTexts(), ["Đăng ký tạm trú"], q);
  }
  await search.fill("khong co dich vu nay");
  await page.getByText("Không tìm thấy dịch vụ nào").waitFor();
  await search.fill("khai sinh");
  await page.getByRole("link", { name: /Đăng ký khai sinh/ }).click();
  await page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" }).waitFor();
  const text = await page.locator("article").innerText();
  assert.match(text, /Giấy chứng sinh do cơ sở y tế cấp/);
  assert.match(text, /Trong 60 ngày kể từ ngày sinh/);
  assert.match(text, /Miễn lệ phí khi đăng ký đúng hạn/);
  assert.match(text, /Cần kiểm tra lại/);
  await assertAccessible(page, "service page");
  await page.context().close();
});

test("ticks are kept on the device, cleared on request, and a corrupted saved list is reset with a message", async () => {
  const page = await s.open("#/dich-vu/dang-ky-thuong-tru?as_of=2026-11-24");
  const residence = await page.locator("article").innerText();
  assert.match(residence, /Nộp trực tiếp: 20\.000 đ\. Nộp trực tuyến: 10\.000 đ\./);
  assert.match(residence, /Đến hết 28\/02\/2027, nộp trực tuyến được miễn phí, lệ phí \(0 đ\) nếu: có tài khoản định danh điện tử mức 2; đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản/,
    "the digital-citizen waiver is shown in its period with its conditions (NQ 66.22/2026, TT 117/2026)");
  assert.doesNotMatch(residence, /Nộp trực tuyến: 0 đ/, "never free on what is not known");
  await page.getByLabel(/Tờ khai thay đổi thông tin cư trú/).check();
  await page.reload();
  await page.locator("article").waitFor();
  assert.equal(await page.getByLabel(/Tờ khai thay đổi thông tin cư trú/).isChecked(), true, "kept after reload");
  await page.getByRole("button", { name: "Bỏ đánh dấu tất cả" }).click();
  assert.equal(await page.getByLabel(/Tờ khai thay đổi thông tin cư trú/).isChecked(), false);
  await page.evaluate(() => localStorage.setItem("congdanso.checklist", "{\"garbage\": true"));
  await page.reload();
  await page.getByText("Danh sách đánh dấu lưu trên máy không đọc được nên đã được làm mới").waitFor();
  assert.equal(await page.getByLabel(/Tờ khai thay đổi thông tin cư trú/).isChecked(), false);
  assert.equal(await page.evaluate(() => localStorage.getItem("congdanso.checklist")), "v2");
  await page.context().close();
});

test("a saved v1 checklist, keyed by document position, is reset with the message rather than misread", async () => {
  const page = await s.open("#/dich-vu/dang-ky-thuong-tru?as_of=2026-11-24");
  await page.evaluate(() => localStorage.setItem("congdanso.checklist", "v1;dang-ky-thuong-tru:1"));
  await page.reload();
  await page.getByText("Danh sách đánh dấu lưu trên máy không đọc được nên đã được làm mới").waitFor();
  assert.equal(await page.getByLabel(/Giấy tờ chứng minh chỗ ở hợp pháp/).isChecked(), false, "no tick lands by position");
  await page.getByLabel(/Giấy tờ chứng minh chỗ ở hợp pháp/).check();
  assert.equal(await page.evaluate(() => localStorage.getItem("congdanso.checklist")), "v2;dang-ky-thuong-tru:giay-to-cho-o-hop-phap");
  await page.context().close();
});

test("a service page prints on one A4 page with fee, place, deadline and basis", async () => {
  const page = await s.open("#/dich-vu/dang-ky-tam-tru?as_of=2026-11-24");
  await page.getByLabel(/Tờ khai thay đổi thông tin cư trú/).check();
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator("body").innerText();
  for (const shown of ["Đăng ký tạm trú", "Công an xã, phường", "15.000 đ", "Trong 30 ngày", "Luật Cư trú 68/2020/QH14"]) {
    assert.ok(printed.includes(shown), `${shown} printed`);
  }
  assert.equal(await page.getByRole("button", { name: "In trang này" }).isVisible(), false, "buttons are not printed");
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, "one A4 page");
  await page.context().close();
});

test("no need to bring: the proof of residence the office must read itself, marked on the checklist with its article; a mark ends with its rule", async () => {
  const page = await s.open("#/dich-vu/dang-ky-tam-tru?as_of=2026-12-02");
  assert.match(await page.locator("#doc-giay-to-cho-o-hop-phap-hint").innerText(), /Có thể không cần mang/);
  const section = await page.locator("ul.not-needed").innerText();
  assert.match(section, /Giấy tờ chứng minh chỗ ở hợp pháp: Cơ quan đăng ký cư trú không được yêu cầu nộp hay xuất trình khi đã tra được thông tin từ cơ sở dữ liệu hoặc VNeID/);
  assert.match(section, /có thể đồng ý qua ứng dụng VNeID/);
  assert.doesNotMatch(await page.locator("label[for=doc-to-khai-ct01]").locator("..").innerText(), /Có thể không cần mang/, "the form itself is still to be brought: no mark on it");
  assert.match(await page.locator("article").innerText(), /Vẫn nên mang bản gốc phòng khi cơ quan không tra được dữ liệu/);
  await page.locator("details.why").evaluate((d) => { d.open = true; });
  assert.match(await page.locator("details.why").innerText(), /Thông tư 116\/2026\/TT-BCA, Điều 3 khoản 5, 6/);
  await assertAccessible(page, "temporary residence with the no-need-to-bring marks");
  await page.context().close();

  const marriage = await s.open("#/dich-vu/dang-ky-ket-hon?as_of=2026-12-02");
  assert.match(await marriage.locator("ul.not-needed").innerText(), /Giấy xác nhận tình trạng hôn nhân.*áp dụng đến hết 28\/02\/2027/s);
  await marriage.context().close();
  const later = await s.open("#/dich-vu/dang-ky-ket-hon?as_of=2027-03-01");
  assert.equal(await later.locator("ul.not-needed").count(), 0, "Resolution 66.7/2025 ends on 28/02/2027: no mark after it");
  await later.context().close();
});
