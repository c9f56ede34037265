// At the desk (issue 16): a card's QR fills the card tool, the ID checker and a form after the
// person confirms every line (from a phone photo, or a desk scanner typing into the scan box); the
// reader is loaded only when scanning; a bad scan fills nothing; the ID number never enters a link.
// Read aloud is offered only where the device has a Vietnamese voice.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible, PHONE } from "./harness.mjs";
import { CARD, cardPhoto } from "./card_photo.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const AS_OF = "as_of=2026-12-02";

test("a photo of the card fills the card tool after confirmation; the reader loads only then", async () => {
  const page = await s.open(`#/han-the-can-cuoc?${AS_OF}`);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  assert.equal(await page.locator("#card-scan-text").count(), 0, "closed until asked");
  await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
  await assertAccessible(page, "card tool, scanner open");
  assert.ok(!fetched.some((p) => /scan\.js|jsQR\.js/.test(p)), "nothing of the reader is loaded before a photo is chosen");

  await page.locator("#card-scan-photo").setInputFiles({ name: "the.png", mimeType: "image/png", buffer: cardPhoto() });
  const confirm = page.getByRole("heading", { name: "Kiểm tra trước khi dùng" });
  await confirm.waitFor();
  assert.ok(fetched.some((p) => p.endsWith("/scan.js")) && fetched.some((p) => p.endsWith("/jsQR.js")), "the reader came from this site when needed");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "card-scan-confirm", "the confirmation takes focus");
  const shown = await page.locator(".card-scan dl").innerText();
  for (const line of ["001 090 001 234", "123456789", "Nguyễn Văn An", "15/03/1990", "Nam", "10/06/2021", "Số 1 phố Huế"]) {
    assert.ok(shown.includes(line), `the confirmation shows ${line}`);
  }
  assert.match(await page.locator(".card-scan").innerText(), /Mã QR không có ngày hết hạn/);
  assert.match(await page.locator(".card-scan").innerText(), /căn cước công dân gắn chip \(cấp trước 01\/07\/2024\)/);
  await assertAccessible(page, "card tool, scan confirmation");

  await page.getByRole("button", { name: "Đúng, điền vào" }).click();
  assert.equal(await page.getByRole("status").filter({ hasText: "Đã điền 3 mục từ thẻ" }).count(), 1);
  assert.equal(await page.locator("#born").inputValue(), "15/03/1990");
  assert.equal(await page.locator("#issued").inputValue(), "10/06/2021");
  assert.equal(await page.locator("#held-cccd-chip").isChecked(), true, "the card model from the issue date");
  assert.equal(await page.locator("#expiry").inputValue(), "", "valid-until is still read from the card: the QR lacks it");
  await page.locator("#expiry").fill("15/03/2030");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.locator("#result-title").waitFor();
  assert.match(page.url(), /ns=15%2F03%2F1990/);
  assert.ok(!page.url().includes("001090001234"), "the ID number is never in the link");
  assert.match(await page.locator(".result").innerText(), /15\/03\/2030/);
  await page.context().close();
});

test("a desk scanner types into the scan box: the chosen person of CT01 is filled and kept as a draft", async () => {
  const page = await s.open(`#/to-khai/ct01?${AS_OF}`);
  await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "card-scan-title", "focus moves into the scanner");
  await page.locator("#card-scan-text").click();
  // A scan cut short, then the same card scanned again: the second replaces the first.
  await page.keyboard.type(CARD.slice(0, 40));
  await page.keyboard.press("Enter");
  await page.locator("#card-scan-error").waitFor();
  await page.keyboard.type(CARD);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Kiểm tra trước khi dùng" }).waitFor();
  assert.equal(await page.getByRole("radio", { name: "Người kê khai (mục 1–6)" }).isChecked(), true, "the form's own person first");
  await page.getByRole("radio", { name: "Chủ hộ (mục 7, 9)" }).check();
  await assertAccessible(page, "CT01, scan confirmation with roles");
  await page.getByRole("button", { name: "Đúng, điền vào" }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "card-scan-status", "focus on what was filled");
  assert.equal(await page.locator("#ct01-7").inputValue(), "Nguyễn Văn An");
  assert.equal(await page.locator("#ct01-9").inputValue(), "001090001234");
  assert.equal(await page.locator("#ct01-1").inputValue(), "", "the person declaring is untouched");
  assert.ok(!page.url().includes("001090001234"));
  await page.reload();
  await page.locator("#ct01-9").waitFor();
  assert.equal(await page.locator("#ct01-9").inputValue(), "001090001234", "kept in this device's draft, like typed answers");
  await page.context().close();
});

test("a bad scan fills nothing and says why; a good one fills the ID checker", async () => {
  const page = await s.open(`#/so-dinh-danh?${AS_OF}`);
  await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
  await page.locator("#card-scan-text").fill("001090001234|123456789|Nguyễn Văn An|150319");
  await page.getByRole("button", { name: "Đọc mã" }).click();
  assert.equal(
    await page.locator("#card-scan-error").innerText(),
    "Mã bị đọc thiếu: chỉ có 4 trong 7 mục. Quét lại, hoặc tự gõ tay: chưa điền gì.",
  );
  assert.equal(await page.locator("#id-number").inputValue(), "");
  await assertAccessible(page, "ID checker, bad scan");
  await page.locator("#card-scan-text").fill("https://example.invalid/pay");
  await page.keyboard.press("Enter");
  assert.match(await page.locator("#card-scan-error").innerText(), /không phải mã QR trên thẻ/);

  await page.locator("#card-scan-text").fill(CARD);
  await page.getByRole("button", { name: "Đọc mã" }).click();
  await page.getByRole("button", { name: "Đúng, điền vào" }).click();
  assert.equal(await page.locator("#id-number").inputValue(), "001090001234");
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  assert.match(await page.locator(".result").innerText(), /Hà Nội/);
  // Typing it instead stays possible: the scanner closes without touching the answers.
  await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
  await page.getByRole("button", { name: "Đóng, tự gõ tay" }).click();
  assert.equal(await page.locator("#id-number").inputValue(), "001090001234");
  await page.context().close();
});

test("the e-ID guide's date-of-birth question: a scan answers it and the card question, the expiry is still asked", async () => {
  const page = await s.open(`#/dinh-danh-dien-tu/ngay-sinh?qt=vn&${AS_OF}`);
  await page.getByRole("button", { name: "Quét mã QR trên thẻ căn cước để điền nhanh" }).click();
  await page.locator("#card-scan-text").fill(CARD);
  await page.locator("#card-scan-text").press("Enter");
  await page.getByRole("button", { name: "Đúng, điền vào" }).click();
  assert.equal(await page.locator("#answer-date").inputValue(), "15/03/1990");
  await assertAccessible(page, "e-ID date of birth after a scan");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.waitForURL(/\/the\?/);
  assert.equal(await page.getByLabel("Căn cước công dân gắn chip").isChecked(), true, "the card model from the scan");
  assert.ok(!page.url().includes("001090001234"), "the number never enters the guide's link");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.waitForURL(/\/han-the\?/);
  assert.equal(await page.locator("#answer-expiry").inputValue(), "", "valid-until is read from the card");
  await page.context().close();
});

/** A device whose speech synthesis has the given voices; what it is asked to say is recorded. */
async function withVoices(langs) {
  const context = await s.browser.newContext({ ...PHONE, locale: "vi-VN" });
  await context.addInitScript((langs) => {
    const said = [];
    window.__said = said;
    let onend = null;
    const synth = new EventTarget();
    synth.getVoices = () => langs.map((l) => {
      const [lang, where] = l.split(" ");
      return { lang, name: `voice ${l}`, default: false, localService: where !== "network", voiceURI: l };
    });
    synth.speak = (u) => { said.push({ text: u.text, lang: u.lang, rate: u.rate }); if (u.onend) onend = u.onend; };
    synth.cancel = () => { said.push({ cancelled: true }); };
    synth.finish = () => { if (onend) onend(new Event("end")); };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  }, langs);
  return context;
}

test("read aloud: hidden without a Vietnamese voice, reads the result with one, and stops", async () => {
  const hash = `#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&${AS_OF}`;
  const none = await s.open(hash, { context: await withVoices(["en-US"]) });
  await none.locator("#result-title").waitFor();
  assert.equal(await none.getByRole("button", { name: "Đọc to", exact: true }).count(), 0, "an English voice only: not offered on the Vietnamese page");
  await none.context().close();
  const network = await s.open(hash, { context: await withVoices(["vi-VN network"]) });
  await network.locator("#result-title").waitFor();
  assert.equal(await network.getByRole("button", { name: "Đọc to", exact: true }).count(), 0, "a voice that runs on a server would send the text away: not used");
  await network.context().close();

  const page = await s.open(hash, { context: await withVoices(["en-US", "vi-VN"]) });
  await page.locator("#result-title").waitFor();
  await assertAccessible(page, "card result with read aloud");
  await page.getByRole("button", { name: "Đọc to", exact: true }).click();
  const said = (await page.evaluate(() => window.__said)).filter((u) => !u.cancelled);
  const text = said.map((u) => u.text).join("\n");
  assert.match(text, /15\/03\/2030/, "the result's headline is read");
  assert.ok(said.every((u) => u.lang === "vi-VN" && u.rate === 0.9), "the Vietnamese voice, a little slower");
  assert.ok(!text.includes("Đọc to") && !text.includes("Dừng đọc"), "the button's own words are not read");
  await page.getByRole("button", { name: "Dừng đọc" }).click();
  assert.equal(await page.evaluate(() => window.__said.at(-1).cancelled), true);
  await page.getByRole("button", { name: "Đọc to", exact: true }).waitFor();
  // Read to the end: the button comes back by itself.
  await page.getByRole("button", { name: "Đọc to", exact: true }).click();
  await page.getByRole("button", { name: "Dừng đọc" }).waitFor();
  await page.evaluate(() => window.speechSynthesis.finish());
  await page.getByRole("button", { name: "Đọc to", exact: true }).waitFor();
  await page.context().close();

  // A service page is read without its controls (links back, buttons, the checklist's form).
  const service = await s.open("#/dich-vu/dang-ky-tam-tru?as_of=2026-12-02", { context: await withVoices(["vi-VN"]) });
  await service.getByRole("button", { name: "Đọc to", exact: true }).click();
  const read = (await service.evaluate(() => window.__said)).filter((u) => !u.cancelled).map((u) => u.text).join("\n");
  assert.match(read, /Đăng ký tạm trú/);
  assert.match(read, /Bạn có thể không cần mang/);
  const lines = read.split("\n");
  assert.ok(!lines.includes("In trang này") && !lines.includes("Dịch vụ công"), "no buttons or back link read");
  await service.context().close();

  // A plan is read without its nested controls (the calendar button and its hint).
  const plan = await s.open("#/ke-hoach?phan=the&ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&as_of=2026-12-02", { context: await withVoices(["vi-VN"]) });
  await plan.getByRole("button", { name: "Đọc to", exact: true }).click();
  const planRead = (await plan.evaluate(() => window.__said)).filter((u) => !u.cancelled).map((u) => u.text).join("\n");
  assert.match(planRead, /15\/03\/2030/);
  assert.ok(!planRead.includes("Thêm các mốc vào lịch"), "the calendar button is not read");
  assert.equal(await plan.getByRole("link", { name: "Thêm các mốc vào lịch (tệp .ics)" }).isVisible(), true, "and it is still shown");
  await plan.context().close();
});
