// No input stops the app (issue 15): hostile text typed or pasted into every field of every form,
// and carried by links, gets a message beside the field and keeps the app working; if the app
// does stop, a notice in both languages offers a reload that keeps the link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSession, assertAccessible, PHONE } from "./harness.mjs";

let s;
before(async () => { s = await startSession(); });
after(async () => { await s.close(); s.assertClean(); });

/** What breaks text code: multi-byte and combining letters, other digits, overrides, NUL, escapes. */
const HOSTILE = [
  "12ữ199",                       // a Vietnamese keyboard's stray diacritic: stopped the app before
  "1\u0301\u0301\u0301/0\u0303/1990", // combining marks (decomposed input)
  "１５/０３/１９９０",             // full-width digits
  "١٥/٠٣/١٩٩٠",                   // Arabic-Indic digits
  "\u202E0991/30/51",             // right-to-left override
  "15\u0000/03/1990",             // NUL
  "\uFEFF\u200B",                 // BOM and zero-width space only
  "%E1%BB%AF%",                   // percent escapes, one broken
  "31/02/2024",                   // a day that does not exist
  "00/00/0000",
  "15/03/1990/2026",             // one part too many
  "👨‍👩‍👧 İß",
  "<img src=x onerror=alert(1)>",
  "9".repeat(1_000_000),          // a 1 MB paste
];

/** Every form route, with what to do first so all its text fields show. */
const FORMS = [
  { route: "#/so-dinh-danh" },
  { route: "#/han-the-can-cuoc", setup: (page) => page.locator('label[for="held-cccd-chip"]').click() },
  { route: "#/dinh-danh-dien-tu/ngay-sinh?qt=vn" },
  { route: "#/dinh-danh-dien-tu/han-the?qt=vn&ns=15/03/1990&the=cccd-chip" },
  { route: "#/viec-cua-toi/sinh-con" },
  { route: "#/viec-cua-toi/nguoi-than-mat" },
  { route: "#/viec-cua-toi/chuyen-noi-o" },
  { route: "#/viec-cua-toi/mat-viec" },
];

async function assertStillAlive(page, where) {
  assert.equal(await page.locator("#crash").isHidden(), true, `${where}: the app stopped`);
  await page.locator(".site-header a.brand").click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor({ timeout: 5000 });
  await page.goBack();
  await page.locator("#app > main h1").waitFor();
}

test("hostile text typed into every field of every form gets a message beside the field and loses nothing", async () => {
  const page = await s.open("#/");
  for (const { route, setup } of FORMS) {
    await page.goto(`${s.url}${route}`);
    await page.locator("#app > main h1").waitFor();
    if (setup) await setup(page);
    const fields = page.locator("form input[type=text]");
    const ids = await fields.evaluateAll((els) => els.map((el) => el.id));
    assert.ok(ids.length > 0, `${route}: no text field`);
    for (const text of HOSTILE) {
      for (const id of ids) {
        if (text === HOSTILE[0]) {
          await page.locator(`#${id}`).fill("");
          await page.locator(`#${id}`).pressSequentially(text); // typed key by key, as a person would
        } else {
          await page.locator(`#${id}`).fill(text);
        }
      }
      await page.locator("form button[type=submit]").click();
      const label = `${route} with ${JSON.stringify(text.slice(0, 20))}`;
      for (const id of ids) {
        const beside = page.locator(`#${id}-error`);
        await beside.waitFor({ timeout: 5000 }).catch(() => assert.fail(`${label}: no message beside #${id}`));
        const message = await beside.innerText();
        assert.ok(message.trim().length > 10, `${label}: message beside #${id} is "${message}"`);
        assert.doesNotMatch(message, /undefined|panic|unreachable|RuntimeError/);
        assert.equal(await page.locator(`#${id}`).inputValue(), text, `${label}: #${id} lost what was typed`);
      }
      assert.equal(await page.locator("#crash").isHidden(), true, `${label}: the app stopped`);
    }
    await assertStillAlive(page, route);
  }
  await page.context().close();
});

test("links carrying hostile values open with a notice or a message, and the app keeps navigating", async () => {
  const page = await s.open("#/");
  const bad = encodeURIComponent("12ữ199");
  const links = [
    `#/so-dinh-danh?so=${bad}&ns=${bad}`,
    `#/han-the-can-cuoc?ns=${bad}&the=cccd-chip&nc=${bad}&hh=${bad}`,
    `#/dinh-danh-dien-tu/kiem-tra?qt=vn&ns=${bad}&the=cccd-chip&hh=${bad}&sdt=co&tk=muc-2`,
    `#/viec-cua-toi/sinh-con?ngay=${bad}&thuong-tru=co&muc2=co`,
    `#/dich-vu?q=${bad}%E1%BB`,
    `#/dich-vu/${bad}`,
    `#/?as_of=%2B026-11-24`,
    `#/han-the-can-cuoc?ns=%ZZ%&the=%00&as_of=${bad}`,
  ];
  for (const hash of links) {
    await page.goto(`${s.url}${hash}`);
    await page.locator("#app > main h1").waitFor();
    await assertStillAlive(page, hash);
  }
  await page.goto(`${s.url}#/?as_of=%2B026-11-24`);
  await page.getByText("Ngày “as_of” trong đường dẫn không hợp lệ", { exact: false }).waitFor({ timeout: 5000 })
    .catch(() => assert.fail("a signed as_of year is refused with a notice"));
  await page.context().close();
});

test("if the app stops, a notice in both languages replaces the dead page and reloads the same link", async () => {
  const context = await s.browser.newContext({ ...PHONE, locale: "vi-VN" });
  // Trunk's loader announces the started module; keep its exports to reach the self-test.
  await context.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
  const page = await context.newPage();
  const stopped = [];
  page.on("console", (m) => { if (m.type() === "error") stopped.push(m.text()); });
  const hash = "#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&as_of=2026-11-24";
  await page.goto(`${s.url}${hash}`);
  await page.locator("#app > main h1").waitFor();
  assert.equal(await page.locator("#crash").isHidden(), true, "no notice while the app runs");

  // A panic inside the app, as any bug would cause it.
  const thrown = await page.evaluate(() => { try { window.__wasm.self_test_panic(); return "returned"; } catch (e) { return e.constructor.name; } });
  assert.equal(thrown, "RuntimeError", "the wasm stops for good after a panic (panic = abort)");
  const notice = page.locator("#crash");
  await notice.waitFor({ state: "visible", timeout: 5000 });
  assert.equal(await page.locator("#app").isHidden(), true, "the dead page is hidden");
  const text = await notice.innerText();
  assert.match(text, /Ứng dụng gặp lỗi và đã dừng/);
  assert.match(text, /The app hit an error and stopped/);
  assert.doesNotMatch(text, /1990|2021|2030|self-test|panicked|src\//, "nothing personal or technical in the notice");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "crash-reload", "focus moves to the way back");
  assert.ok(stopped.some((m) => /stopped at src\/ui\/browser\.rs:\d+/.test(m)), `console names where: ${stopped}`);
  assert.ok(stopped.every((m) => !m.includes("self-test")), "the console does not repeat the panic's message");
  await assertAccessible(page, "the crash notice");

  // Reload keeps the link and the app runs again.
  await page.getByRole("button", { name: /Tải lại trang/ }).click();
  await page.waitForLoadState("load");
  await page.locator("#app > main h1").waitFor();
  assert.equal(new URL(page.url()).hash, hash, "the reload kept the link");
  assert.equal(await page.locator("#crash").isHidden(), true);
  await page.locator(".lang-choice[lang=en]").click();
  await page.getByRole("heading", { level: 1, name: /card/i }).waitFor({ timeout: 5000 });

  // A WebAssembly trap that is not a Rust panic shows the same notice (recover.js).
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })));
  await notice.waitFor({ state: "visible", timeout: 5000 });
  await context.close();
});
