// The e-ID guide for eight different people on a phone: one question per page, check answers,
// change one answer, the helper switch, deep links straight to a result.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const GUIDE = "#/dinh-danh-dien-tu";
const result = (q) => `${GUIDE}/ket-qua?${q}&as_of=2026-11-24`;

async function cont(page) {
  await page.getByRole("button", { name: "Tiếp tục" }).click();
}

test("Lan, 36, chip CCCD: answers one question per page, changes one from the check page, gets level 2 steps", async () => {
  const page = await s.open("#/?as_of=2026-11-24");
  await page.getByRole("link", { name: /Định danh điện tử \(VNeID\)/ }).click();
  await page.getByRole("heading", { level: 1, name: "Định danh điện tử (VNeID)" }).waitFor();
  await assertAccessible(page, "guide start");
  await page.getByRole("link", { name: "Bắt đầu" }).click();

  await page.getByRole("heading", { level: 1, name: "Bạn là công dân Việt Nam hay người nước ngoài?" }).waitFor();
  await cont(page); // nothing chosen
  assert.equal(await page.locator("#answer-choice-error").innerText(), "Hãy chọn một câu trả lời.");
  await assertAccessible(page, "question with an error");
  await page.getByLabel("Công dân Việt Nam").check();
  await cont(page);

  await page.getByRole("heading", { level: 1, name: "Bạn sinh ngày nào?" }).waitFor();
  await page.getByLabel("Bạn sinh ngày nào?").fill("31/02/1990");
  await cont(page);
  assert.equal(await page.locator("#answer-date-error").innerText(), "Tháng 2/1990 không có ngày 31.");
  await page.getByLabel("Bạn sinh ngày nào?").fill("15/03/1990");
  await cont(page);

  await page.getByRole("heading", { level: 1, name: "Bạn đang có loại thẻ nào?" }).waitFor();
  await page.getByLabel(/Căn cước công dân gắn chip/).check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: /Có giá trị đến/ }).waitFor();
  await page.getByLabel("Thẻ ghi “Không thời hạn”").check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: /thuê bao chính chủ/ }).waitFor();
  // Back keeps the answers given so far.
  await page.getByRole("link", { name: "Quay lại" }).click();
  await page.getByRole("heading", { level: 1, name: /Có giá trị đến/ }).waitFor();
  assert.equal(await page.getByLabel("Thẻ ghi “Không thời hạn”").isChecked(), true);
  await cont(page);
  await page.getByLabel("Có", { exact: true }).check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: "Tài khoản VNeID của bạn hiện thế nào?" }).waitFor();
  await page.getByLabel("Chưa có tài khoản").check();
  await cont(page);

  await page.getByRole("heading", { level: 1, name: "Kiểm tra câu trả lời" }).waitFor();
  const summary = await page.locator(".summary-list").innerText();
  for (const shown of ["Công dân Việt Nam", "15/03/1990", "Căn cước công dân gắn chip", "Không thời hạn", "Chưa có tài khoản"]) {
    assert.ok(summary.includes(shown), `${shown} in ${summary}`);
  }
  await assertAccessible(page, "check answers");
  // Change the phone answer: the page returns to the check page with every other answer kept.
  await page.getByRole("link", { name: /Thay đổi.*Bạn có số điện thoại/ }).click();
  await page.getByLabel("Không", { exact: true }).check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: "Kiểm tra câu trả lời" }).waitFor();
  const changed = await page.locator(".summary-list").innerText();
  assert.ok(changed.includes("15/03/1990") && changed.includes("Không thời hạn") && /Không\n/.test(changed), changed);
  await page.getByRole("link", { name: "Tiếp tục" }).click();

  await page.getByRole("heading", { level: 1, name: "Kết quả: định danh điện tử" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Bạn có thể được cấp tài khoản định danh điện tử mức 1 và mức 2/);
  assert.match(text, /Số điện thoại chưa đứng tên bạn/);
  assert.match(await page.locator("ol.steps > li").first().innerText(), /^Chuẩn hóa thông tin thuê bao tại nhà mạng/, "the carrier comes first");
  assert.match(text, /Phiếu đề nghị TK01/);
  assert.match(text, /không quá 3 ngày làm việc \(nộp ngày 24\/11\/2026 thì chậm nhất ngày 27\/11\/2026\)/);
  assert.match(text, /giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế, số bảo hiểm xã hội/);
  assert.match(text, /Cần kiểm tra lại/);
  await page.getByText("Vì sao?").click();
  assert.match(await page.locator(".why", { hasText: "Vì sao?" }).innerText(), /Nghị định 69\/2024\/NĐ-CP, Điều 7/);
  await assertAccessible(page, "guide result");
  await page.context().close();
});

test("Ông Bảy, 70, CMND only, helped by a support worker: the card comes first, with the card tool one tap away", async () => {
  const page = await s.open(result("qt=vn&ns=02/09/1956&the=cmnd&sdt=co&tk=chua-co"));
  await page.getByLabel("Tôi đang giúp người khác").check();
  await page.waitForURL(/giup=1/);
  await page.locator(".result").waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Người được hỗ trợ có thể được cấp/);
  assert.match(text, /Chứng minh nhân dân không còn giá trị từ 01\/01\/2025/);
  assert.match(text, /không quá 7 ngày làm việc/);
  assert.doesNotMatch(text, /\bbạn\b/i, "no 'bạn' in helper mode");
  await page.getByRole("link", { name: "Tra cứu hạn thẻ căn cước với các câu trả lời này" }).click();
  await page.getByRole("heading", { level: 1, name: "Tra cứu hạn thẻ căn cước" }).waitFor();
  const card = await page.locator(".result").innerText();
  assert.match(card, /Thẻ đã hết giá trị từ ngày 01\/01\/2025/);
  assert.match(card, /Làm thẻ căn cước lần đầu \(bắt buộc\)/);
  await page.context().close();
});

test("a 10-year-old with a Căn cước card goes with a parent who uses their own number", async () => {
  const page = await s.open(result("qt=vn&ns=01/06/2016&the=can-cuoc&hh=01/06/2030&sdt=co&tk=chua-co"));
  const text = await page.locator(".result").innerText();
  assert.match(text, /mức 1 và mức 2/);
  assert.match(text, /Trẻ đến công an xã, phường cùng cha, mẹ hoặc người giám hộ/);
  assert.doesNotMatch(text, /cài ứng dụng VNeID, nhập số định danh/, "a child does not self-register level 1");
  await page.context().close();
});

test("a 4-year-old can have level 1 only", async () => {
  const page = await s.open(result("qt=vn&ns=01/01/2022&the=can-cuoc&hh=01/01/2036&sdt=co&tk=chua-co"));
  const text = await page.locator(".result").innerText();
  assert.match(text, /chỉ được cấp tài khoản định danh điện tử mức 1 \(dưới 6 tuổi\)/);
  assert.match(text, /hỏi công an xã, phường về cách đăng ký/);
  await page.context().close();
});

test("foreigners: with a residence card at the immigration office; without one, not yet", async () => {
  const page = await s.open(result("qt=nn-the&ns=01/01/1985&sdt=co&tk=chua-co"));
  assert.match(await page.locator(".result").innerText(), /phòng quản lý xuất nhập cảnh/);
  await page.goto(s.url + result("qt=nn-khong&ns=01/01/1985"));
  await page.reload();
  await page.locator(".result").waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /chưa thể được cấp tài khoản/);
  assert.match(text, /Chỉ người nước ngoài có thẻ tạm trú hoặc thẻ thường trú/);
  await page.context().close();
});

test("a locked account and a lost phone, in English", async () => {
  const page = await s.open(result("qt=vn&ns=15/03/1990&the=can-cuoc&hh=15/03/2030&sdt=co&tk=bi-khoa"));
  assert.match(await page.locator(".result").innerText(), /Mang thẻ căn cước đến công an xã, phường để hỏi lý do khóa/);
  await page.getByRole("button", { name: "English" }).click();
  await page.goto(s.url + result("qt=vn&ns=15/03/1990&the=can-cuoc&hh=15/03/2030&sdt=co&tk=mat-may"));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Result: electronic ID" }).waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /Lock the account at once: on vneid.gov.vn/);
  assert.match(text, /scan the ID card's chip with NFC/);
  assert.match(text, /Please verify/);
  await page.getByLabel("I'm helping someone").check();
  await page.waitForURL(/giup=1/);
  assert.match(await page.locator(".headline").innerText(), /Lock the account at once, then log in on the new phone/, "an account in trouble is not told it can be had");
  await assertAccessible(page, "guide result in English, helper mode");
  await page.context().close();
});

test("a forgotten password: the app's reset steps, the number-change lock from 28/09/2026, and the scam warnings; staff see them folded", async () => {
  const page = await s.open("#/dinh-danh-dien-tu/tai-khoan?qt=vn&ns=15/03/1990&the=can-cuoc&hh=15/03/2030&sdt=co&as_of=2026-12-02");
  await page.getByLabel("Quên mật khẩu hoặc mã passcode VNeID").check();
  await cont(page);
  await page.getByRole("heading", { level: 1, name: "Kiểm tra câu trả lời" }).waitFor();
  await page.getByRole("link", { name: "Tiếp tục" }).click();
  await page.locator(".result").waitFor();
  assert.match(page.url(), /tk=quen-mat-khau/);
  const text = await page.locator(".result").innerText();
  assert.match(await page.locator(".headline").innerText(), /lấy lại mật khẩu ngay trên ứng dụng VNeID, không phải đăng ký lại/);
  assert.match(text, /chọn “Quên mật khẩu”, nhập số định danh cá nhân và số điện thoại đã đăng ký/);
  assert.match(text, /không còn dùng số đó thì đến công an xã, phường để đổi số trước/);
  assert.match(text, /Các bước lấy lại mật khẩu đọc qua báo/, "press-only steps carry a verify note");
  const safety = page.getByRole("region", { name: "Để không bị lừa" });
  assert.match(await safety.innerText(), /Không đưa mật khẩu, mã OTP hay mã passcode VNeID cho bất kỳ ai/);
  assert.match(await safety.innerText(), /Chỉ cài VNeID từ CH Play \(Google Play\) hoặc App Store/);
  assert.match(await safety.innerText(), /chưa đọc nguyên văn Điều 4/, "the sensitive-data warning says its wording was not read");
  await page.locator(".result details.why").evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  assert.match(await page.locator(".result").innerText(), /Nghị định 320\/2026\/NĐ-CP, Điều 8/);
  await assertAccessible(page, "forgot-password result");
  await page.context().close();

  // Staff mode: the same warnings folded in the banner, to read out to the person.
  const staff = await s.open("#/?nv=1&as_of=2026-12-02");
  const folded = staff.locator(".staff-banner details.safety");
  assert.equal(await folded.getAttribute("open"), null, "folded until opened");
  await folded.locator("summary").first().click();
  assert.match(await folded.innerText(), /Làm, dùng, khóa, mở khóa tài khoản định danh điện tử đều không mất tiền/);
  await assertAccessible(staff, "staff banner with the warnings open");
  await staff.context().close();
});

test("as of 30/06/2024 a child has no own account (Decree 59/2022); missing answers lead back to the question", async () => {
  const page = await s.open(`${GUIDE}/ket-qua?qt=vn&ns=01/06/2014&the=cccd-chip&hh=khong&sdt=co&tk=chua-co&as_of=2024-06-30`);
  assert.match(await page.locator(".result").innerText(), /Theo quy định trước 01\/07\/2024, người dưới 14 tuổi được đăng ký theo tài khoản của cha, mẹ/);
  await page.goto(s.url + `${GUIDE}/ket-qua?qt=vn&ns=01/06/2014&as_of=2026-11-24`);
  await page.reload();
  await page.getByRole("link", { name: "Trả lời câu hỏi còn thiếu" }).click();
  await page.getByRole("heading", { level: 1, name: "Bạn đang có loại thẻ nào?" }).waitFor();
  assert.match(page.url(), /ns=01%2F06%2F2014/, "the answers given travel along");
  await page.goto(s.url + `${GUIDE}/ngay-sinh?qt=vn&ns=99/99/9999`);
  await page.reload();
  await page.locator("#answer-date-error").waitFor();
  await page.context().close();
});
