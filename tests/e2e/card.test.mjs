// Journeys through "Tra cứu hạn thẻ căn cước" on a phone. Links pin as_of so the answers do not
// depend on the day the tests run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const CARD = "#/han-the-can-cuoc";

test("from home: a CCCD with chip, its dates typed, gives validity, next renewal, fee and reasons", async () => {
  const page = await s.open("#/?as_of=2026-11-24");
  await page.getByRole("link", { name: /Tra cứu hạn thẻ căn cước/ }).click();
  await page.getByRole("heading", { level: 1, name: "Tra cứu hạn thẻ căn cước" }).waitFor();
  assert.match(page.url(), /#\/han-the-can-cuoc\?as_of=2026-11-24$/, "the home tile keeps the as-of date");
  await page.getByLabel("Bạn sinh ngày nào?").fill("15/03/1990");
  await page.getByLabel(/Căn cước công dân gắn chip/).check();
  await page.getByLabel("Ngày cấp in trên thẻ là ngày nào?").fill("10/06/2021");
  await page.getByLabel(/Có giá trị đến/).fill("15/03/2030");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  const result = page.locator(".result");
  await result.waitFor();
  assert.match(page.url(), /ns=15%2F03%2F1990&the=cccd-chip&nc=10%2F06%2F2021&hh=15%2F03%2F2030&as_of=2026-11-24/);
  const text = await result.innerText();
  assert.match(text, /Theo quy định có hiệu lực ngày 24\/11\/2026 \(ngày ghi trong đường dẫn\)/);
  assert.match(text, /Thẻ còn giá trị đến hết ngày 15\/03\/2030 – còn 3 năm 3 tháng 19 ngày/);
  assert.match(text, /Khi đủ 40 tuổi, ngày 15\/03\/2030/);
  assert.match(text, /Không bắt buộc: có thể đổi sang thẻ căn cước/);
  assert.match(text, /Nộp trực tiếp: 15\.000 đ\. Nộp trực tuyến \(khi thủ tục cho phép\): 15\.000 đ\./);
  assert.doesNotMatch(text, /Các nguồn không thống nhất/, "the end of the 50 % cut is settled (NQ 66.22/2026 App. III)");
  assert.match(text, /nộp trực tuyến được miễn phí, lệ phí \(0 đ\) nếu: có tài khoản định danh điện tử mức 2; đã tích hợp đủ 05 loại/, "the swap's digital-citizen waiver with its conditions");
  assert.match(text, /Luật 118\/2025\/QH15/);
  await page.getByText("Vì sao?").click();
  const why = await page.locator(".why").innerText();
  assert.match(why, /Luật Căn cước 26\/2023\/QH15, Điều 46 khoản 1, 2, 3/);
  assert.match(why, /Thông tư 73\/2024\/TT-BTC, Điều 4 khoản 1/);
  assert.match(why, /Thẻ có giá trị đến ngày in trên thẻ: 15\/03\/2030/);
  await assertAccessible(page, "card result");

  // The answers stay in the form under the result; changing one keeps the others.
  assert.equal(await page.getByLabel("Bạn sinh ngày nào?").inputValue(), "15/03/1990");
  await page.getByLabel(/Có giá trị đến/).fill("");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.waitForURL(/nc=10%2F06%2F2021&as_of/);
  assert.match(await page.locator(".result").innerText(), /Phải cấp đổi khi đủ 40 tuổi|Khi đủ 40 tuổi, ngày 15\/03\/2030/);
  // Back returns to the previous answers.
  await page.goBack();
  await page.waitForURL(/hh=15%2F03%2F2030/);
  assert.equal(await page.getByLabel(/Có giá trị đến/).inputValue(), "15/03/2030");
  await page.context().close();
});

test("wrong answers get a message beside their field and keep what was typed", async () => {
  const page = await s.open(CARD + "?as_of=2026-11-24");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  const summary = page.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /Hãy nhập ngày theo dạng ngày\/tháng\/năm/);
  assert.match(await summary.innerText(), /Hãy chọn loại thẻ bạn đang có/);
  await page.getByLabel("Bạn sinh ngày nào?").fill("31/02/1990");
  await page.getByLabel(/Thẻ căn cước/).first().check();
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  assert.equal(await page.locator("#born-error").innerText(), "Tháng 2/1990 không có ngày 31.");
  await page.getByLabel("Bạn sinh ngày nào?").fill("01/01/2027");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  assert.equal(await page.locator("#born-error").innerText(), "Ngày sinh không thể sau ngày áp dụng.");
  await page.getByLabel("Bạn sinh ngày nào?").fill("15/03/1990");
  await page.getByLabel("Ngày cấp in trên thẻ là ngày nào?").fill("30/06/2024");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  assert.match(await page.locator("#issued-error").innerText(), /Thẻ căn cước chỉ được cấp từ 01\/07\/2024/);
  assert.equal(await page.getByLabel("Ngày cấp in trên thẻ là ngày nào?").inputValue(), "30/06/2024");
  assert.equal(await page.locator(".result").count(), 0);
  await assertAccessible(page, "card errors");
  await page.getByLabel("Ngày cấp in trên thẻ là ngày nào?").fill("9".repeat(1_000_000));
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  assert.match(await page.locator("#issued-error").innerText(), /Không đọc được ngày/);
  await page.context().close();
});

test("an old CMND on 31/12/2024 and on 01/01/2025 (Luật Căn cước Điều 46)", async () => {
  const page = await s.open(CARD + "?ns=01/01/1980&the=cmnd&nc=01/01/2015&as_of=2024-12-31");
  assert.match(await page.locator(".headline").innerText(), /Thẻ còn giá trị đến hết ngày 31\/12\/2024 – còn 0 ngày/);
  await page.goto(s.url + CARD + "?ns=01/01/1980&the=cmnd&nc=01/01/2015&as_of=2025-01-01");
  await page.reload();
  await page.locator(".result").waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Thẻ đã hết giá trị từ ngày 01\/01\/2025/);
  assert.match(text, /Làm thẻ căn cước lần đầu \(bắt buộc\)/);
  assert.match(text, /Không thu lệ phí/);
  await page.getByText("Vì sao?").click();
  assert.match(await page.locator(".why").innerText(), /Chứng minh nhân dân chỉ còn giá trị đến hết 31\/12\/2024/);
  await page.context().close();
});

test("a lost card's fee on both sides of 01/07/2025, in English, with working days across Tết", async () => {
  const page = await s.open(CARD + "?ns=01/01/1990&the=mat&as_of=2025-06-30");
  assert.match(await page.locator(".result").innerText(), /Nộp trực tiếp: 70\.000 đ\. Nộp trực tuyến: 35\.000 đ\./);
  await page.goto(s.url + CARD + "?ns=01/01/1990&the=mat&as_of=2025-07-01");
  await page.reload();
  await page.locator(".result").waitFor();
  assert.match(await page.locator(".result").innerText(), /Nộp trực tiếp: 35\.000 đ\. Nộp trực tuyến: 35\.000 đ\./);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "When does my ID card expire?" }).waitFor();
  const en = await page.locator(".result").innerText();
  assert.match(en, /The card is lost or damaged: it needs replacing/);
  assert.match(en, /In person: 35,000 VND\. Online: 35,000 VND\./);
  assert.match(en, /Apply online in the VNeID app/);
  await page.goto(s.url + CARD + "?ns=01/01/1990&the=mat&as_of=2026-02-13");
  await page.reload();
  await page.locator(".result").waitFor();
  assert.match(await page.locator(".result").innerText(), /applied for on 13\/02\/2026, the result is due by 03\/03\/2026/);
  await assertAccessible(page, "card result in English");
  // A lost card that had reached a renewal age: renewal (cấp đổi) at the renewal fee.
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.goto(s.url + CARD + "?ns=01/03/1985&the=mat&nc=01/06/2016&as_of=2026-11-24");
  await page.reload();
  await page.locator(".result").waitFor();
  const lost = await page.locator(".result").innerText();
  assert.match(lost, /Cấp đổi thẻ căn cước/);
  assert.match(lost, /Nộp trực tiếp: 25\.000 đ/);
  assert.equal(await page.getByLabel("Thẻ bị mất được cấp ngày nào? (nếu nhớ)").inputValue(), "01/06/2016");
  // Issued before 01/01/2016 it was a CMND: a first card, free.
  await page.goto(s.url + CARD + "?ns=01/03/1985&the=mat&nc=01/06/2010&as_of=2026-11-24");
  await page.reload();
  await page.locator(".result").waitFor();
  const cmnd = await page.locator(".result").innerText();
  assert.match(cmnd, /Làm thẻ căn cước lần đầu/);
  assert.match(cmnd, /Không thu lệ phí/);
  await page.context().close();
});

test("a malformed as_of or card code in the link is explained, never a blank page", async () => {
  const page = await s.open(CARD + "?ns=01/01/1990&the=xyz&as_of=2026-02-30");
  await page.locator(".banner").first().waitFor();
  const banners = await page.locator(".banner").allInnerTexts();
  assert.match(banners[0], /as_of.*không hợp lệ/);
  assert.match(banners[1], /không đọc được.*: the$/, "the unreadable card code is named");
  assert.match(await page.locator("#held-error").innerText(), /Hãy chọn loại thẻ/);
  await page.goto(s.url + CARD + "?ns=01/01/1990&the=chua-co&as_of=2024-06-01");
  await page.reload();
  await page.locator("#as-of").waitFor();
  assert.match(await page.locator("#as-of").innerText(), /từ 01\/07\/2024/);
  await assertAccessible(page, "card link errors");
  await page.context().close();
});

test("the digital-citizen waiver: level 2 alone is not free; with the 5 basic items, 0 đ online and still paid in person", async () => {
  const page = await s.open(`${CARD}?ns=01/01/1990&the=mat&mdd2=1&as_of=2026-11-24`);
  const result = page.locator(".result");
  await result.waitFor();
  let text = await result.innerText();
  assert.match(text, /Nộp trực tiếp: 35\.000 đ\. Nộp trực tuyến: 35\.000 đ\./, "level 2 alone: the online fee is charged");
  assert.match(text, /nộp trực tuyến được miễn phí, lệ phí \(0 đ\) nếu: đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản/);
  await page.getByLabel(/Đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản/).check();
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.waitForURL(/ttcb=1/);
  text = await page.locator(".result").innerText();
  assert.match(text, /Nộp trực tiếp: 35\.000 đ\. Nộp trực tuyến: 0 đ\./);
  assert.match(text, /vì đủ điều kiện công dân số \(đến hết 28\/02\/2027/);
  await assertAccessible(page, "card result with the digital-citizen waiver");
  await page.goto(`${s.url}${CARD}?ns=01/01/1990&the=mat&mdd2=1&ttcb=1&as_of=2027-03-01`);
  await page.reload();
  await page.locator(".result").waitFor();
  text = await page.locator(".result").innerText();
  assert.match(text, /Nộp trực tiếp: 70\.000 đ\. Nộp trực tuyến: 70\.000 đ\./, "from 01/03/2027 the ordinary fee");
  assert.match(text, /đã kết thúc ngày 28\/02\/2027/);
  await page.context().close();
});

test("a card whose details changed in the 2025 merger: an optional swap, free online, with no visit", async () => {
  const page = await s.open(`${CARD}?ns=01/01/1990&the=can-cuoc&nc=01/08/2024&sxhc=1&as_of=2026-11-24`);
  await page.locator(".result").waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Không bắt buộc: có thể cấp đổi thẻ vì thông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính/);
  assert.match(text, /không phải đến chụp ảnh, lấy vân tay/);
  assert.match(text, /Nộp trực tiếp: 25\.000 đ\. Nộp trực tuyến: 0 đ\./);
  assert.match(text, /Cần kiểm tra lại:.*sắp xếp đơn vị hành chính/s, "the unread fee article is flagged");
  assert.equal(await page.getByLabel(/đã thay đổi do sắp xếp tỉnh, xã năm 2025/).isChecked(), true);
  await assertAccessible(page, "card result for the merger swap");
  await page.context().close();
});
