// The form helper (tờ khai) on a phone: each form reached from another tool arrives pre-filled,
// says what is wrong beside the field, prints on A4 like the official paper, copies an item for
// the portal, and keeps its draft on this device only; broken or older drafts say so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

const AS_OF = "as_of=2026-12-02";

async function check(page) {
  await page.getByRole("button", { name: "Kiểm tra tờ khai" }).click();
}

/** Prints to PDF (A4) and returns the number of pages; the paper alone is shown in print media. */
async function printed(page) {
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".paper").isVisible(), true, "the paper is printed");
  assert.equal(await page.locator("form.form").isVisible(), false, "the fill-in form is not printed");
  const paper = await page.locator(".paper").innerText();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { paper, pages };
}

test("a birth: from the event's plan to a printed declaration, the child's date in words", async () => {
  const page = await s.open(`#/viec-cua-toi/sinh-con?ngay=20/11/2026&thuong-tru=co&muc2=khong&${AS_OF}`);
  await page.getByRole("link", { name: "Điền trước tờ khai: Tờ khai khai sinh" }).click();
  await page.getByRole("heading", { level: 1, name: "Tờ khai đăng ký khai sinh" }).waitFor();
  assert.match(page.url(), /as_of=2026-12-02/, "the as-of date travels with the link");
  assert.equal(await page.locator("#ks-con-ns").inputValue(), "20/11/2026", "the event's date is the child's date of birth");
  assert.match(await page.locator(".in-words").innerText(), /Ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu/);
  assert.match(await page.locator("main").innerText(), /Đã điền sẵn từ các câu trả lời trước: Người được khai sinh – Ngày, tháng, năm sinh/);
  await assertAccessible(page, "birth declaration");

  // A check with nothing filled: the summary takes focus, each message sits beside its field.
  await check(page);
  await page.locator("#error-summary").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary");
  assert.equal(await page.locator("#ks-kinh-gui-error").innerText(), "Hãy điền mục này.");
  assert.match(await page.locator("#error-summary").innerText(), /Kính gửi\(1\): Hãy điền mục này\./);
  await assertAccessible(page, "birth declaration with errors");

  // Checked as typed: a short ID number is named at once, beside the field.
  await page.locator("#ks-nyc-so").fill("0010900012");
  assert.match(await page.locator("#ks-nyc-so-error").innerText(), /12/);
  await page.locator("#ks-nyc-so").fill("001190001234");
  assert.equal(await page.locator("#ks-nyc-so-error").count(), 0);
  // Footnote (2): with the ID number given, the residence line is no longer asked.
  assert.equal(await page.locator("#ks-nyc-cu-tru").count(), 0);

  const fill = {
    "ks-kinh-gui": "Ủy ban nhân dân phường Ba Đình",
    "ks-nyc-ten": "Trần Thị Mai",
    "ks-nyc-ns": "15/03/1995",
    "ks-nyc-giay-to": "Thẻ căn cước số 001195001234 do Bộ Công an cấp ngày 01/07/2024",
    "ks-nyc-quan-he": "mẹ",
    "ks-con-ten": "Nguyễn Minh Khang",
    "ks-con-dt": "Kinh",
    "ks-con-qt": "Việt Nam",
    "ks-con-noi-sinh": "Bệnh viện Phụ sản Hà Nội, phường Láng, thành phố Hà Nội",
    "ks-con-que": "Nam Định",
    "ks-me-ten": "Trần Thị Mai",
    "ks-me-so": "001195001234",
    "ks-ban-sao": "2",
  };
  for (const [id, value] of Object.entries(fill)) await page.locator(`#${id}`).fill(value);
  await page.getByLabel("Nam", { exact: true }).check();
  await check(page);
  await page.getByRole("heading", { level: 2, name: "Tờ khai đã đủ và đúng định dạng" }).waitFor();
  assert.equal(await page.locator("#error-summary").count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "ready-title", "focus moves to what is ready");
  assert.match(await page.locator(".desk-summary").innerText(), /Người mẹ – Họ, chữ đệm, tên|Họ, chữ đệm, tên người mẹ/);
  assert.match(await page.locator(".desk-summary").innerText(), /Nguyễn Minh Khang/);
  await assertAccessible(page, "birth declaration ready");

  // Copy into the portal: the portal's order, and the value lands on the clipboard.
  const rows = await page.locator(".portal-row label").allInnerTexts();
  assert.deepEqual(rows.slice(0, 3), ["(1) Họ, chữ đệm, tên", "(2) Số định danh cá nhân", "(3) Giấy tờ tùy thân"]);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator(".portal-row", { hasText: "(6) Họ, chữ đệm, tên" }).getByRole("button", { name: "Sao chép" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "Nguyễn Minh Khang");
  assert.match(await page.locator("main").innerText(), /Đã chép: Họ, chữ đệm, tên/);

  const { paper, pages } = await printed(page);
  assert.match(paper, /TỜ KHAI ĐĂNG KÝ KHAI SINH/);
  assert.match(paper, /ghi bằng chữ: Ngày hai mươi tháng mười một/);
  assert.match(paper, /Người yêu cầu/);
  assert.match(paper, /Đề nghị cấp bản sao\(6\): Có ☒, Không ☐ +Số lượng: 2 bản/);
  assert.equal(pages, 2, "the items on one A4 page, the footnotes on the next");

  // Kept on this device: a reload brings the draft back; nothing typed went into the link.
  assert.doesNotMatch(page.url(), /Khang|001190001234/);
  await page.reload();
  await page.locator("#app > main h1").waitFor();
  assert.equal(await page.locator("#ks-con-ten").inputValue(), "Nguyễn Minh Khang");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Xóa hết" }).click();
  assert.equal(await page.locator("#ks-con-ten").inputValue(), "");
  assert.equal(await page.locator("#error-summary").count(), 0, "an emptied form is not an error");
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("congdanso.form.")).length), 0, "every form's draft is gone");
  await page.context().close();
});

test("moving home: from the service page to CT01 with the request, the 12 ID boxes on paper", async () => {
  const page = await s.open(`#/dich-vu/dang-ky-thuong-tru?${AS_OF}`);
  await page.getByRole("link", { name: "Điền trước tờ khai: CT01" }).click();
  await page.getByRole("heading", { level: 1, name: /Tờ khai thay đổi thông tin cư trú/ }).waitFor();
  assert.equal(await page.locator("#ct01-10").inputValue(), "Đăng ký thường trú tại: ");
  assert.match(await page.locator(".verify").first().innerText(), /Chưa chắc chắn từng chữ ở: Mục 1–11/);
  await page.locator("#ct01-10").fill("Đăng ký thường trú tại: số 5 ngõ 12 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội");
  const fill = {
    "ct01-kinh-gui": "Công an phường Ba Đình",
    "ct01-1": "Nguyễn Văn An",
    "ct01-2": "15/03/1990",
    "ct01-4": "001090001234",
    "ct01-5": "+84 912 345 678",
    "ct01-7": "Nguyễn Văn Bình",
    "ct01-8": "con đẻ",
  };
  for (const [id, value] of Object.entries(fill)) await page.locator(`#${id}`).fill(value);
  await page.locator("#ct01-3-nam").check();
  // Item 11 only when members change together; a started row is checked whole.
  await page.getByLabel(/Có thành viên trong hộ gia đình cùng thay đổi/).check();
  await page.locator("#ct01-11-1-ten").fill("Lê Thị Cúc");
  await check(page);
  await page.locator("#error-summary").waitFor();
  assert.match(await page.locator("#error-summary").innerText(), /Thành viên 1 – Ngày, tháng, năm sinh: Hãy nhập ngày/);
  await page.locator("#ct01-11-1-ns").fill("01/02/1992");
  await page.locator("#ct01-11-1-gt-nu").check();
  await page.locator("#ct01-11-1-qh").fill("vợ");
  assert.equal(await page.locator("#ct01-11-3-ten").count(), 0, "one more row at a time");
  // The owner consents in VNeID: footnotes (5) and (8) want their name and ID number.
  await page.getByLabel(/Chủ sở hữu chỗ ở hợp pháp sẽ đồng ý qua ứng dụng VNeID/).check();
  await check(page);
  assert.match(await page.locator("#error-summary").innerText(), /Ý KIẾN CỦA CHỦ SỞ HỮU CHỖ Ở HỢP PHÁP\(5\) – \(8\) Họ và tên: Hãy điền mục này/);
  await page.locator("#ct01-chu-so-huu-ten").fill("Phạm Văn Đức");
  await page.locator("#ct01-chu-so-huu-so").fill("001070001234");
  await check(page);
  await page.getByRole("heading", { level: 2, name: "Tờ khai đã đủ và đúng định dạng" }).waitFor();
  await assertAccessible(page, "CT01 ready");
  const { paper, pages } = await printed(page);
  assert.match(paper, /Mẫu CT01 ban hành kèm theo Thông tư số 116\/2026\/TT-BCA/);
  assert.equal(await page.locator(".paper .id-box").count(), 24, "items 4 and 9: 12 boxes each");
  assert.match(paper, /Lê Thị Cúc/);
  assert.match(paper, /0912345678/, "the phone number as dialled");
  assert.match(paper, /NGƯỜI KÊ KHAI\(7\)/);
  assert.match(paper, /\(8\) Họ và tên: *Phạm Văn Đức/);
  assert.equal(pages, 2);
  await page.context().close();
});

test("a child's e-ID account: from the guide's result to TK01 with part C, in English too", async () => {
  const page = await s.open(`#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=01/06/2015&the=can-cuoc&hh=01/06/2030&sdt=co&tk=chua-co&giup=1&${AS_OF}`);
  await page.getByRole("link", { name: "Điền trước tờ khai: TK01" }).click();
  await page.getByRole("heading", { level: 1, name: /TK01/ }).waitFor();
  assert.equal(await page.getByLabel(/Đăng ký cho người dưới 14 tuổi/).isChecked(), true);
  assert.equal(await page.locator("#tk01-c13").inputValue(), "01/06/2015", "the child's date of birth in part C");
  assert.equal(await page.locator("#tk01-a3").inputValue(), "", "part A is the parent's own");
  // A staff member helping: the switch is on and the page reminds them to clear the device.
  assert.equal(await page.getByLabel("Tôi đang giúp người khác").isChecked(), true);
  assert.match(await page.locator("main").innerText(), /để người sau không thấy thông tin của họ/);
  await page.locator("#tk01-a1").fill("nguyễn thị hoa");
  await page.locator("#tk01-a2").fill("001185001234");
  await page.locator("#tk01-a3").fill("10/10/1985");
  await page.locator("#tk01-a4").fill("0987654321");
  await page.locator("#tk01-a5").fill("hoa@");
  assert.match(await page.locator("#tk01-a5-error").innerText(), /thư điện tử/);
  await page.locator("#tk01-a5").fill("hoa@example.com");
  await page.locator("#tk01-c11").fill("Nguyễn Minh An");
  await page.locator("#tk01-c12").fill("001215001234");
  await page.locator("#tk01-c14").fill("con đẻ");
  await check(page);
  await page.getByRole("heading", { level: 2, name: "Tờ khai đã đủ và đúng định dạng" }).waitFor();
  assert.match(await page.locator("main").innerText(), /nộp trực tiếp tại công an xã, phường/, "TK01 has no portal form");
  const { paper, pages } = await printed(page);
  assert.match(paper, /NGUYỄN THỊ HOA/, "names in capitals, as the form asks");
  assert.match(paper, /NGUYỄN MINH AN/);
  assert.match(paper, /Người đề nghị/);
  assert.equal(pages, 1, "TK01 has no footnotes: one page");

  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: /Application for an electronic identity account/ }).waitFor();
  assert.match(await page.locator("label[for=tk01-a1]").innerText(), /Full name \(in capital letters\) — 1\. Họ, chữ đệm và tên/);
  assert.match(await page.locator("main").innerText(), /so the next person cannot see their details/);
  await assertAccessible(page, "TK01 in English");
  await page.context().close();
});

test("a broken saved draft restores nothing and says so; an older CT01 draft names what changed", async () => {
  const context = await s.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("congdanso.form.khai-sinh", "congdanso-form-1\ttt04-2024-dvcqg-2026\nks-con-ten\t<script>\\x");
      localStorage.setItem("congdanso.form.ct01", "congdanso-form-1\ttt53-2025\nct01-1\tNguyễn Văn An\nct01-7\tNguyễn Văn Bình");
    }
  });
  const page = await s.open(`#/to-khai/khai-sinh?${AS_OF}`, { context });
  assert.match(await page.locator("main").innerText(), /không đọc được .* nên không điền lại mục nào/);
  assert.equal(await page.locator("#ks-con-ten").inputValue(), "");
  await page.goto(page.url().replace(/#.*/, `#/to-khai/ct01?${AS_OF}`));
  await page.getByRole("heading", { level: 1, name: /CT01/ }).waitFor();
  assert.equal(await page.locator("#ct01-1").inputValue(), "Nguyễn Văn An");
  assert.match(await page.locator("main").innerText(), /được điền theo mẫu cũ[\s\S]*Mục 7: Mục 7 có chú thích mới \(2\)/);
  await context.close();
});

test("the list of forms, and every form route, pass axe", async () => {
  const page = await s.open(`#/?${AS_OF}`);
  await page.getByRole("link", { name: /Điền tờ khai/ }).click();
  await page.getByRole("heading", { level: 1, name: "Điền tờ khai" }).waitFor();
  assert.equal(await page.locator(".tile").count(), 3);
  await assertAccessible(page, "forms list");
  for (const form of ["tk01", "ct01", "khai-sinh"]) {
    await page.goto(page.url().replace(/#.*/, `#/to-khai/${form}?${AS_OF}`));
    await page.locator("#app > main h1").waitFor();
    await assertAccessible(page, form);
  }
  await page.context().close();
});
