// Journeys through the app shell and the ID-number checker on a phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

test("home lists the checker; it decodes a number and shows its reasons and basis", async () => {
  const page = await s.open("#/");
  assert.equal(await page.locator("#app > main h1").textContent(), "Sổ tay Công dân số");
  await assert.doesNotReject(page.getByText("Đây không phải ứng dụng chính thức").waitFor());
  await assert.doesNotReject(page.getByText("Mọi thông tin bạn nhập chỉ ở trên thiết bị này").waitFor());
  const tiles = await page.locator(".tile-title").allInnerTexts();
  assert.deepEqual(tiles, ["Việc của tôi", "Định danh điện tử (VNeID)", "Công dân số: miễn lệ phí", "Điền tờ khai", "Tra cứu hạn thẻ căn cước", "Kiểm tra số định danh cá nhân", "Dịch vụ công"], "one tile per tool that exists");
  await assertAccessible(page, "home");

  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByRole("heading", { level: 1, name: "Kiểm tra số định danh cá nhân" }).waitFor();
  assert.match(page.url(), /#\/so-dinh-danh$/);
  assert.equal(await page.title(), "Kiểm tra số định danh cá nhân – Sổ tay Công dân số");

  await page.getByLabel("Số định danh cá nhân là gì?").fill("001.303.012.345");
  await page.getByLabel("Ngày sinh (không bắt buộc)").fill("05/09/2003");
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  const result = page.locator(".result");
  await result.waitFor();
  const text = await result.innerText();
  assert.match(text, /001 303 012 345/);
  assert.match(text, /Hà Nội \(mã 001\)/);
  assert.match(text, /Nữ – sinh trong các năm 2000–2099/);
  assert.match(text, /2003/);
  assert.match(text, /khớp với năm sinh/);
  assert.match(text, /Cần kiểm tra lại/, "the medium-confidence table carries a verify note");
  await page.getByText("Vì sao?").click();
  assert.match(await page.locator(".why").innerText(), /Thông tư 07\/2016\/TT-BCA, Phụ lục 1/);
  await assertAccessible(page, "checker with a result");

  await page.getByRole("link", { name: "Sổ tay Công dân số" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  await page.context().close();
});

test("each kind of wrong number gets its own message beside the field, and nothing typed is lost", async () => {
  const page = await s.open("#/so-dinh-danh");
  const field = page.getByLabel("Số định danh cá nhân là gì?");
  const cases = [
    ["", "Hãy nhập số định danh cá nhân (12 số)."],
    ["00109000123", "Số định danh có đúng 12 chữ số; bạn đã nhập 11 chữ số."],
    ["00109000123x", "Số định danh chỉ gồm chữ số. Ký tự thứ 12 là “x”: hãy xoá hoặc sửa."],
    ["123456789", "Đây là số chứng minh nhân dân (CMND) 9 số. CMND không còn giá trị từ ngày 01/01/2025."],
    ["003090001234", "Ba số đầu “003” không có trong bảng mã 63 tỉnh"],
    ["001590001234", "Số thứ 4 là 5, nghĩa là sinh năm 2190, sau năm hiện tại."],
  ];
  for (const [typed, message] of cases) {
    await field.fill(typed);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const beside = page.locator("#id-number-error");
    await beside.waitFor();
    assert.ok((await beside.innerText()).startsWith(message), `${typed}: ${await beside.innerText()}`);
    assert.ok((await page.locator(".error-summary").innerText()).includes(message.slice(0, 30)));
    assert.equal(await field.inputValue(), typed, "the typed value stays");
    assert.equal(await page.locator(".result").count(), 0);
  }
  // Impossible and future birth dates, beside their own field; the number's error stays put.
  await page.getByLabel("Ngày sinh (không bắt buộc)").fill("31/02/1990");
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  assert.equal(await page.locator("#birth-date-error").innerText(), "Tháng 2/1990 không có ngày 31.");
  await page.getByLabel("Ngày sinh (không bắt buộc)").fill(`01/01/${new Date().getFullYear() + 1}`);
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  assert.match(await page.locator("#birth-date-error").innerText(), /Ngày sinh không thể sau ngày hôm nay/);
  // The error summary link takes focus to the field.
  await page.locator(".error-summary a").first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "id-number");
  await assertAccessible(page, "checker with errors");

  // A megabyte pasted in answers at once with a clear message.
  await field.fill("9".repeat(1_000_000));
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  assert.match(await page.locator("#id-number-error").innerText(), /bạn đã nhập 1000000 chữ số/);
  await page.context().close();
});

test("the English switch is visible on every page, translates, and is remembered on the device", async () => {
  const page = await s.open("#/so-dinh-danh?so=079190012345");
  assert.match(await page.locator(".result").innerText(), /TP Hồ Chí Minh/);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Check a personal ID number" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.locator(".result").innerText(), /Female – born 1900–1999/);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Check a personal ID number" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed"), "true");
  await page.getByLabel("What is the personal ID number?").fill("12 34");
  await page.getByRole("button", { name: "Check" }).click();
  assert.equal(await page.locator("#id-number-error").innerText(), "The ID number has exactly 12 digits; you typed 4.");
  await assertAccessible(page, "checker in English");
  await page.goto(s.url + "#/");
  await page.getByRole("heading", { level: 1, name: "Digital Citizen Handbook" }).waitFor();
  assert.match(await page.locator("footer").innerText(), /This is not an official government app/);
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  await page.context().close();
});

test("unknown and malformed links show a friendly page with a way home; corrupted storage is ignored", async () => {
  const page = await s.open("#/khong-co-trang-nay");
  await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor();
  await assertAccessible(page, "not found");
  await page.getByRole("link", { name: "Về trang chủ" }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();

  await page.goto(s.url + "#/so-dinh-danh?so=%E0%A4%A&ns=%ZZ");
  await page.reload();
  await page.locator("#id-number-error").waitFor();
  assert.equal(await page.getByLabel("Số định danh cá nhân là gì?").inputValue(), "\u{FFFD}%A");

  await page.evaluate(() => localStorage.setItem("congdanso.lang", "{not json"));
  await page.goto(s.url + "#/");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  await page.context().close();
});
