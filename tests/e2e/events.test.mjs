// Life events on a phone: event → only the questions needed → services in order with the deadline
// counted from the event date → a service page → its checklist.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

test("a birth: date and two answers give the linked group first, with the 60-day deadline counted", async () => {
  const page = await s.open("#/viec-cua-toi?as_of=2026-12-07");
  await assertAccessible(page, "events list");
  await page.getByRole("link", { name: "Con tôi mới sinh" }).click();
  await page.getByRole("heading", { level: 1, name: "Con tôi mới sinh" }).waitFor();
  assert.match(page.url(), /#\/viec-cua-toi\/sinh-con\?as_of=2026-12-07$/, "the event tile keeps the as-of date");
  await page.getByLabel("Bé sinh ngày nào?").fill("15/11/2026");
  await page.getByLabel(/đã đăng ký thường trú/).check();
  await page.getByLabel(/tài khoản định danh điện tử mức 2/).check();
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.locator(".result").waitFor();
  const titles = await page.locator(".result h3").allInnerTexts();
  assert.match(titles[0], /^Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi/);
  assert.equal(titles.length, 1, "from 01/09/2026 the child's ID card is inside the linked group (Decree 301/2026)");
  const text = await page.locator(".result").innerText();
  assert.match(text, /Hạn chót 14\/01\/2027 – còn 38 ngày/);
  assert.match(text, /ứng dụng VNeID – cần tài khoản định danh điện tử mức 2/);
  await assertAccessible(page, "birth plan");
  await page.locator(".result h3 a").first().click();
  await page.getByRole("heading", { level: 1, name: /^Liên thông điện tử: đăng ký khai sinh/ }).waitFor();
  await page.getByLabel(/Tờ khai điện tử liên thông/).check();
  await page.reload();
  await page.locator("article").waitFor();
  assert.equal(await page.getByLabel(/Tờ khai điện tử liên thông/).isChecked(), true);
  await page.context().close();
});

test("a death registered late is flagged as overdue; a future date is refused beside the field", async () => {
  const page = await s.open("#/viec-cua-toi/nguoi-than-mat?ngay=01/11/2026&muc2=khong&as_of=2026-11-24");
  const text = await page.locator(".result").innerText();
  assert.match(text, /Đăng ký khai tử/);
  assert.match(text, /Đã quá hạn 8 ngày \(hạn chót 16\/11\/2026\)\. Quá hạn vẫn phải đăng ký khai tử\./);
  await page.getByLabel("Người thân mất ngày nào?").fill("01/01/2027");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  assert.match(await page.locator("#event-date-error").innerText(), /sau hôm nay/);
  await page.getByRole("button", { name: "English" }).click();
  await page.goto(s.url + "#/viec-cua-toi/mat-viec?ngay=31/08/2026&as_of=2026-11-24");
  await page.reload();
  assert.match(await page.locator(".result").innerText(), /Deadline 30\/11\/2026 – 6 days left/);
  await page.context().close();
});

test("a birth whose 60 days would end after 28/02/2027: no countdown past the known law, a verify note instead", async () => {
  const page = await s.open("#/viec-cua-toi/sinh-con?ngay=31/12/2026&thuong-tru=co&muc2=khong&as_of=2027-01-05");
  await page.locator(".result").waitFor();
  const text = await page.locator(".result").innerText();
  assert.match(text, /chỉ áp dụng đến hết 28\/02\/2027; quy định sau đó chưa được ứng dụng xác nhận/);
  assert.match(text, /Cần kiểm tra lại:.*Luật Hộ tịch 03\/2026\/QH16/s);
  assert.doesNotMatch(text, /Hạn chót 01\/03\/2027/, "no extrapolated deadline");
  await assertAccessible(page, "a plan past the known civil-status law");
  await page.context().close();
});

test("a foreign guest: the host's declaration within 12 hours, free, online or on the form, with the fine cited and verify notes", async () => {
  const page = await s.open("#/viec-cua-toi?as_of=2026-12-02");
  await page.getByRole("link", { name: "Có người đến ở nhà tôi" }).click();
  await page.getByRole("heading", { level: 1, name: "Có người đến ở nhà tôi" }).waitFor();
  await page.getByLabel(/Khách là người nước ngoài, hoặc vào Việt Nam bằng hộ chiếu nước ngoài/).check();
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.locator(".result").waitFor();
  assert.match(page.url(), /nuoc-ngoai=co/);
  assert.deepEqual(await page.locator(".result h3").allInnerTexts(), ["Khai báo tạm trú cho người nước ngoài"]);
  await assertAccessible(page, "foreign guest plan");
  await page.locator(".result h3 a").first().click();
  await page.getByRole("heading", { level: 1, name: "Khai báo tạm trú cho người nước ngoài" }).waitFor();
  const text = await page.locator("article").innerText();
  assert.match(text, /Trong 12 giờ kể từ khi khách đến \(24 giờ ở vùng sâu, vùng xa\) nếu khai bằng phiếu; khai trực tuyến thì khai ngay khi khách đến\./);
  assert.match(text, /từ 3 đến 5 triệu đồng khi không khai cho 1–3 người, cao hơn khi nhiều người hơn/);
  assert.match(text, /Tây Ninh/, "the conflicting report is named in the verify note");
  assert.match(text, /Thông tư 87\/2026\/TT-BCA/, "the circular not read is said in a verify note");
  assert.match(text, /chưa đọc nguyên văn nghị định/, "the fine's wording not read is said");
  await page.locator("details.why").evaluate((d) => { d.open = true; });
  assert.match(await page.locator("details.why").innerText(), /Nghị định 282\/2025\/NĐ-CP/);
  await assertAccessible(page, "foreign guest service page");

  // A Vietnamese guest is still the notice of stay.
  await page.goBack();
  await page.locator(".result").waitFor();
  await page.getByLabel(/Khách là người nước ngoài, hoặc vào Việt Nam bằng hộ chiếu nước ngoài/).uncheck();
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.waitForURL(/nuoc-ngoai=khong/);
  assert.deepEqual(await page.locator(".result h3").allInnerTexts(), ["Thông báo lưu trú"]);
  await page.context().close();
});
