// The digital-citizen tool (công dân số) on a phone: a person who qualifies with three procedures,
// one missing the social-security item, a staff member helping an elderly person, English, a deep
// link straight to the result, and the hand-offs from the card calculator and a service page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const TOOL = "#/cong-dan-so";
const AS_OF = "as_of=2026-12-02";
const ALL_ITEMS = "cb=khai-sinh,thanh-toan,an-sinh,y-te";

async function cont(page) {
  await page.getByRole("button", { name: "Tiếp tục" }).click();
}

test("Hà qualifies and plans three procedures: from home, one question per page, to what she saves", async () => {
  const page = await s.open(`#/?${AS_OF}`);
  await page.getByRole("link", { name: /Công dân số: miễn lệ phí/ }).click();
  await page.getByRole("heading", { level: 1, name: "Công dân số: miễn lệ phí" }).waitFor();
  await assertAccessible(page, "digital citizen start");
  await page.getByRole("link", { name: "Bắt đầu" }).click();

  await page.getByRole("heading", { level: 1, name: /đã là mức 2 chưa\?/ }).waitFor();
  await cont(page); // nothing chosen
  assert.equal(await page.locator("#answer-choice-error").innerText(), "Hãy chọn một câu trả lời.");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary");
  await assertAccessible(page, "level question with an error");
  await page.getByLabel("Có, đã là mức 2").check();
  await cont(page);

  await page.getByRole("heading", { level: 1, name: /đã tích hợp trên ứng dụng VNeID\?/ }).waitFor();
  for (const item of ["Giấy khai sinh", /Thẻ ngân hàng/, "Tài khoản an sinh xã hội", /Hai loại thông tin về khám bệnh/]) {
    await page.getByLabel(item).check();
  }
  await assertAccessible(page, "basic items");
  await cont(page);

  await page.getByRole("heading", { level: 1, name: "Bạn sắp làm những thủ tục nào?" }).waitFor();
  await page.getByLabel(/Cấp đổi thẻ căn cước/).check();
  await page.getByLabel("Đăng ký thường trú").check();
  await page.getByLabel("Cấp hộ chiếu lần đầu").check();
  await cont(page);

  // The passport needs its own document in VNeID.
  await page.getByRole("heading", { level: 1, name: /Giấy tờ riêng của các thủ tục/ }).waitFor();
  await page.getByLabel("Thông tin hộ chiếu").check();
  await cont(page);

  await page.getByRole("heading", { level: 1, name: "Kiểm tra câu trả lời" }).waitFor();
  assert.match(await page.locator(".summary-list").innerText(), /Cấp hộ chiếu lần đầu/);
  await page.getByRole("link", { name: "Tiếp tục" }).click();

  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Bạn đủ điều kiện công dân số/);
  assert.match(text, /Còn 88 ngày: chính sách áp dụng đến hết ngày 28\/02\/2027/);
  assert.match(text, /Từ ngày 01\/03\/2027, lệ phí trở lại mức thông thường/);
  assert.match(text, /Tổng cộng bạn tiết kiệm 145\.000 đ so với nộp trực tiếp/);
  assert.match(text, /Từ ngày 01\/03\/2027, nộp trực tuyến: 200\.000 đ/, "the passport's base rate is back in 2027");
  assert.match(text, /mức ưu đãi cao nhất/, "Art. 5(2)");
  assert.match(text, /Cần kiểm tra lại/, "the unread appendix rows are shown as a doubt");
  await page.getByText("Vì sao?").click();
  assert.match(await page.locator(".why").innerText(), /Thông tư 117\/2026\/TT-BTC/);
  await assertAccessible(page, "digital citizen result");
  // A procedure links to its catalog page, with the date carried.
  await page.getByRole("link", { name: /Xem thủ tục\s*: Cấp hộ chiếu/ }).click();
  await page.waitForURL(/#\/dich-vu\/cap-ho-chieu\?as_of=2026-12-02/);
  await page.context().close();
});

test("Minh is missing the social-security account: the result names it and how to add it, and saves nothing yet", async () => {
  const page = await s.open(`${TOOL}/ket-qua?dd2=co&cb=khai-sinh,thanh-toan,y-te&thu-tuc=the-doi,ly-lich&gt=ly-lich&${AS_OF}`);
  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Bạn chưa đủ điều kiện công dân số/);
  const missing = await page.locator("ul.blockers").innerText();
  assert.match(missing, /Tài khoản an sinh xã hội: trên VNeID chọn “Ví giấy tờ”/);
  assert.doesNotMatch(missing, /Giấy khai sinh/);
  assert.match(text, /Chưa được miễn lệ phí công dân số .* còn thiếu/);
  assert.doesNotMatch(text, /Tổng cộng bạn tiết kiệm 0 đ/, "no empty total: what finishing would save instead");
  assert.match(text, /Khi đủ điều kiện và nộp trực tuyến đến hết 28\/02\/2027, bạn tiết kiệm được 225\.000 đ/);
  await assertAccessible(page, "result with a missing item");
  await page.context().close();
});

test("a staff member helping Bà Tư, 72: the helper voice throughout, and a level she is not sure of", async () => {
  const page = await s.open(`${TOOL}?${AS_OF}`);
  await page.getByLabel("Tôi đang giúp người khác").check();
  await page.waitForURL(/giup=1/);
  await page.getByRole("link", { name: "Bắt đầu" }).click();
  await page.getByRole("heading", { level: 1, name: /của người được hỗ trợ đã là mức 2 chưa\?/ }).waitFor();
  await page.getByLabel("Chưa biết").check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: /người được hỗ trợ đã tích hợp/ }).waitFor();
  await page.getByLabel("Giấy khai sinh").check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: "Người được hỗ trợ sắp làm những thủ tục nào?" }).waitFor();
  await page.getByLabel("Đăng ký hoặc gia hạn tạm trú").check();
  await cont(page);
  await page.getByRole("link", { name: "Tiếp tục" }).click();
  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Người được hỗ trợ chưa đủ điều kiện/);
  assert.match(text, /Chưa rõ tài khoản của người được hỗ trợ đã là mức 2 chưa/);
  assert.doesNotMatch(text, /\bbạn\b/i, "no 'bạn' in helper mode");
  await page.getByRole("link", { name: "Cách có tài khoản định danh điện tử mức 2" }).click();
  await page.waitForURL(/#\/dinh-danh-dien-tu\?as_of=2026-12-02/);
  await page.context().close();
});

test("in English, and on both sides of the window", async () => {
  const page = await s.open(`${TOOL}/ket-qua?dd2=co&${ALL_ITEMS}&thu-tuc=the-lai,trich-luc&${AS_OF}`);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Result: digital citizen" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /The digital-citizen conditions are met for you/);
  assert.match(text, /88 days left/);
  assert.match(text, /In all, you would save 43,000 VND against filing in person/);
  await assertAccessible(page, "English result");
  await page.goto(s.url + `${TOOL}/ket-qua?dd2=co&${ALL_ITEMS}&thu-tuc=the-lai&as_of=2027-03-01`);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Result: digital citizen" }).waitFor();
  const after = await page.locator(".result").innerText();
  assert.match(after, /The digital-citizen fee waiver has ended/);
  assert.match(after, /ended on 28\/02\/2027/);
  await page.context().close();
});

test("handed over from the card calculator and from a service page, with the answers carried", async () => {
  const page = await s.open(`#/han-the-can-cuoc?ns=15/03/2001&the=cccd-chip&nc=10/06/2021&hh=15/03/2026&mdd2=1&ttcb=1&${AS_OF}`);
  await page.getByRole("link", { name: /Công dân số: còn thiếu gì/ }).click();
  await page.getByRole("heading", { level: 1, name: "Công dân số: miễn lệ phí" }).waitFor();
  const url = page.url();
  assert.match(url, /dd2=co/);
  assert.match(url, /thu-tuc=the-cccd/, "an expired CCCD is swapped at the CCCD rate");
  assert.match(url, /cb=khai-sinh,thanh-toan,an-sinh,y-te/);
  assert.match(url, /as_of=2026-12-02/);
  await page.goto(s.url + `#/dich-vu/dang-ky-tam-tru?${AS_OF}`);
  await page.reload();
  await page.getByRole("link", { name: /Công dân số: còn thiếu gì/ }).click();
  await page.waitForURL(/#\/cong-dan-so\?thu-tuc=tam-tru&as_of=2026-12-02/);
  await page.context().close();
});
