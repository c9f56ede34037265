// The first paint does not wait for the wasm: the home page is in the HTML the server sends (rendered
// at build time from the app's own views), a deep link shows a neutral line instead of the wrong page,
// a stored English choice shows English, and the app takes over when the wasm arrives; when the app's
// code cannot be loaded, the page says so and "Try again" opens it once the network is back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "../../tools/serve.mjs";
import { CHROMIUM_ARGS, PHONE, assertAccessible } from "./harness.mjs";

let server, url, browser;
const errors = [];
before(async () => {
  ({ server, url } = await startServer("dist", 0));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => {
  await browser.close();
  await new Promise((ok) => server.close(ok));
  assert.deepEqual(errors, [], "console errors");
});

/** A page whose wasm is held back until `release()` is called, for the page and its service worker
 *  alike (the home page starts the app once the worker has precached it). */
async function heldBack({ english = false } = {}) {
  const context = await browser.newContext({ ...PHONE, locale: "vi-VN" });
  if (english) await context.addInitScript(() => localStorage.setItem("congdanso.lang", "en"));
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await context.route("**/*.wasm", async (route) => { await gate; await route.continue(); });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, release };
}

const visibleH1 = (page) => page.locator("h1:visible").allInnerTexts();

test("home: its text and tool links show before the wasm arrives, then the app takes over", async () => {
  const { page, release } = await heldBack();
  await page.goto(url + "#/", { waitUntil: "domcontentloaded" });
  assert.deepEqual(await visibleH1(page), ["Sổ tay Công dân số"]);
  const tiles = await page.locator(".tile a:visible").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(tiles.includes("#/cong-dan-so") && tiles.includes("#/so-dinh-danh"), `tool links in the first paint: ${tiles}`);
  assert.ok(await page.getByText("Đây không phải ứng dụng chính thức").isVisible(), "the footer too");
  assert.equal(await page.locator("#app > main").count(), 0, "the app has not started");
  release();
  await page.locator("#app > main h1").waitFor();
  assert.equal(await page.locator("#app .pre").count(), 0, "the first paint is replaced, not kept beside the app");
  assert.deepEqual(await visibleH1(page), ["Sổ tay Công dân số"]);
  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByRole("heading", { level: 1, name: "Kiểm tra số định danh cá nhân" }).waitFor();
  await page.context().close();
});

test("the plain home page works before the app starts, fetches none of it, and a tile tap starts it on the tool", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "vi-VN" });
  // A service worker that never finishes installing: the app then starts only when the person goes somewhere.
  await context.route("**/sw.js", () => new Promise(() => {}));
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  const appCode = [];
  page.on("request", (r) => { if (/\.wasm$|congdanso-[0-9a-f]+\.js$/.test(new URL(r.url()).pathname)) appCode.push(r.url()); });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(500);
  assert.deepEqual(appCode, [], "the home page is usable without the app's code");
  assert.equal(await page.locator("#app > main").count(), 0, "the app has not started");

  // The language buttons work without the app, and the choice is the app's too.
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(await visibleH1(page), ["Digital Citizen Handbook"]);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "English", "the focus stays on the pressed button");
  assert.equal(await page.evaluate(() => localStorage.getItem("congdanso.lang")), "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  assert.equal(await page.locator("html").getAttribute("lang"), "vi");
  // The skip link moves the focus without leaving the page.
  await page.locator(".pre-vi .skip-link").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => location.hash), "");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  assert.deepEqual(appCode, [], "still none of the app fetched");

  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByRole("heading", { level: 1, name: "Kiểm tra số định danh cá nhân" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "page-title", "the new page's heading takes the focus, as after any navigation");
  assert.equal(await page.locator("#app .pre").count(), 0);
  await context.close();
});

const visibleStatus = (page) => page.locator(".pre-shell p:visible").allInnerTexts();

test("a deep link shows a neutral line naming the tool it opens, never the home page, until its own page is ready", async () => {
  const { page, release } = await heldBack();
  await page.goto(url + "#/cong-dan-so/ket-qua?dd2=co&thu-tuc=the-doi&as_of=2026-12-02", { waitUntil: "domcontentloaded" });
  assert.deepEqual(await visibleH1(page), [], "no heading of the wrong page");
  assert.deepEqual(await visibleStatus(page), ["Đang mở “Công dân số: miễn lệ phí”…"]);
  assert.equal(await page.locator(".tile:visible").count(), 0, "no home tiles");
  release();
  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  // A first visit by a deep link installs the service worker too, so the app works offline afterwards.
  assert.ok(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))));
  await page.context().close();
});

const DEEP = "#/cong-dan-so/ket-qua?dd2=co&thu-tuc=the-doi&as_of=2026-12-02";

/** A fresh phone whose network refuses the app's wasm while `network.down` is true, after holding it
 *  until `network.held` settles. The failed request itself is the only console error allowed
 *  ("Failed to load resource"). */
async function withoutTheApp({ hangingWorker = false, noWasm = false } = {}) {
  const context = await browser.newContext({ ...PHONE, locale: "vi-VN" });
  const network = { down: true, held: Promise.resolve() };
  await context.route("**/*.wasm", async (route) => { await network.held; await (network.down ? route.abort() : route.continue()); });
  if (hangingWorker) await context.route("**/sw.js", () => new Promise(() => {}));
  if (noWasm) await context.addInitScript(() => { delete globalThis.WebAssembly; });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, network };
}

test("a deep link whose app cannot be loaded says so in both languages, and Try again opens it once the network is back", async () => {
  const { page, network } = await withoutTheApp();
  await page.goto(url + DEEP);
  await page.getByRole("heading", { level: 1, name: "Chưa mở được trang" }).waitFor();
  assert.deepEqual(await visibleH1(page), ["Chưa mở được trang"], "the notice replaces the page");
  assert.ok(await page.getByText("mạng yếu hoặc mất kết nối").isVisible());
  assert.ok(await page.getByText("the network is weak or down").isVisible());
  assert.equal(await page.getByText("thiếu WebAssembly").isVisible(), false, "not the words for an old browser");
  assert.deepEqual(await visibleStatus(page), [], "no longer 'opening'");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "load-retry", "the focus is on Try again");
  await assertAccessible(page, "the notice when the app cannot be loaded");
  network.down = false;
  await page.getByRole("button", { name: /Thử lại/ }).click();
  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  assert.equal(new URL(page.url()).hash, DEEP, "the same link, answers and all");
  assert.equal(await page.locator("#load-failed").isVisible(), false);
  await page.context().close();
});

test("a tap on the home page before the app could be loaded shows 'opening', then the notice; the home page still works", async () => {
  const { page, network } = await withoutTheApp({ hangingWorker: true });
  let giveUp;
  network.held = new Promise((ok) => { giveUp = ok; });
  await page.goto(url, { waitUntil: "load" });
  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByText("Đang mở “Kiểm tra số định danh cá nhân”…").waitFor();
  assert.deepEqual(await visibleStatus(page), ["Đang mở “Kiểm tra số định danh cá nhân”…"], "only the line for the tool tapped");
  assert.equal(await page.locator(".tile:visible").count(), 0, "the tapped-away home page is not left on screen");
  assert.deepEqual(await visibleH1(page), [], "no heading of the wrong page while the app loads");
  giveUp();
  await page.getByRole("heading", { level: 1, name: "Chưa mở được trang" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "load-retry");
  await page.getByRole("link", { name: /Về trang chủ/ }).click();
  await page.getByRole("heading", { level: 1, name: "Sổ tay Công dân số" }).waitFor();
  assert.ok((await page.locator(".tile a:visible").count()) >= 7, "the prerendered home page, with its tool links");
  await page.context().close();
});

test("the home page with something in its link (staff mode) whose app cannot be loaded: a tap says so", async () => {
  const { page } = await withoutTheApp({ hangingWorker: true });
  await page.goto(url + "#/?nv=1", { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.classList.contains("load-failed"));
  assert.ok((await page.locator(".tile a:visible").count()) >= 7, "the home page stays while nobody waits for the app");
  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByRole("heading", { level: 1, name: "Chưa mở được trang" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "load-retry");
  await page.context().close();
});

test("the brand link to the home page, tapped before the app started, leaves the home page on screen", async () => {
  const { page, network } = await withoutTheApp({ hangingWorker: true });
  network.held = new Promise(() => {});
  await page.goto(url, { waitUntil: "load" });
  await page.locator(".pre-vi .brand").click();
  await page.waitForFunction(() => location.hash === "#/");
  assert.deepEqual(await visibleStatus(page), [], "no 'opening' line");
  assert.ok((await page.locator(".tile a:visible").count()) >= 7, "still the home page, with its tool links");
  await page.context().close();
});

test("a browser without WebAssembly is told so, not sent to check its network", async () => {
  const { page } = await withoutTheApp({ noWasm: true });
  await page.goto(url + DEEP);
  await page.getByRole("heading", { level: 1, name: "Chưa mở được trang" }).waitFor();
  assert.ok(await page.getByText("thiếu WebAssembly").isVisible());
  assert.ok(await page.getByText("it has no WebAssembly").isVisible());
  assert.equal(await page.getByText("mạng yếu hoặc mất kết nối").isVisible(), false);
  assert.equal(await page.getByRole("button", { name: /Thử lại/ }).isVisible(), false, "trying again cannot help");
  await page.context().close();
});

test("a first visit on a slow network: after 8 s still opening, a line says so and what is downloaded, once", async () => {
  const { page, release } = await heldBack({ english: true });
  await page.clock.install();
  await page.goto(url + "#/viec-cua-toi/sinh-con", { waitUntil: "domcontentloaded" });
  // A section's every page is named by the section (here: one life event, under "My life event").
  assert.deepEqual(await visibleStatus(page), ["Opening “My life event”…"]);
  await page.clock.fastForward(7000);
  assert.deepEqual(await visibleStatus(page), ["Opening “My life event”…"], "not before 8 s");
  await page.clock.fastForward(1500);
  const lines = await visibleStatus(page);
  assert.equal(lines.length, 2, `${lines}`);
  assert.equal(lines[0], "Opening “My life event”…");
  const kb = Number(lines[1].match(/^The network is slow\. The first visit downloads the app, at most (\d+) KB, once; after that it works without a network\./)?.[1]);
  // The figure covers the app's code as it is served (tools/serve.mjs sends these files), whichever
  // encoding the host picks.
  const appCode = readdirSync("dist").filter((f) => /^congdanso-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f));
  assert.equal(appCode.length, 2);
  const served = (ext) => appCode.reduce((sum, f) => sum + statSync(`dist/${f}${ext}`).size, 0);
  const [gzip, br] = [served(".gz"), served(".br")];
  assert.ok(kb * 1024 >= gzip && kb * 1024 >= br && kb * 1024 < gzip + 10240, `${kb} KB: gzip ${gzip} B, brotli ${br} B`);
  await assertAccessible(page, "a deep link on a slow network");
  // The language buttons work before the app starts, on these lines too.
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  assert.deepEqual(await visibleStatus(page), [
    "Đang mở “Việc của tôi”…",
    `Mạng đang chậm. Lần mở đầu tiên cần tải phần ứng dụng, không quá ${kb} KB, một lần; sau đó ứng dụng dùng được cả khi không có mạng. Xin chờ thêm một chút.`,
  ]);
  release();
  await page.getByRole("heading", { level: 1, name: "Con tôi mới sinh" }).waitFor();
  await page.context().close();
});

test("a link to no known section says only 'opening', and the app then says the page was not found", async () => {
  const { page, release } = await heldBack();
  await page.goto(url + "#/khong-co-trang-nay?x=1", { waitUntil: "domcontentloaded" });
  assert.deepEqual(await visibleStatus(page), ["Đang mở trang…"]);
  release();
  await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor();
  await page.context().close();
});

test("back on the home page before the app started: the prerendered home page shows again, not 'opening'", async () => {
  const { page, network } = await withoutTheApp({ hangingWorker: true });
  network.held = new Promise(() => {});
  await page.goto(url, { waitUntil: "load" });
  await page.getByRole("link", { name: /Kiểm tra số định danh cá nhân/ }).click();
  await page.getByText("Đang mở “Kiểm tra số định danh cá nhân”…").waitFor();
  await page.goBack();
  await page.waitForFunction(() => location.hash === "");
  assert.deepEqual(await visibleStatus(page), []);
  assert.ok((await page.locator(".tile a:visible").count()) >= 7, "the home page, with its tool links");
  await page.context().close();
});

test("a first visit by a deep link downloads the app once: the service worker takes it from the HTTP cache", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "vi-VN" });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  const hits = [];
  const count = (req) => hits.push(new URL(req.url, url).pathname);
  server.on("request", count);
  await page.goto(url + DEEP);
  await page.getByRole("heading", { level: 1, name: "Kết quả: công dân số" }).waitFor();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))));
  server.off("request", count);
  const appCode = hits.filter((p) => /^\/congdanso-[0-9a-f]+(_bg\.wasm|\.js)$/.test(p));
  assert.equal(appCode.length, 2, `the wasm and its glue, each once: ${hits}`);
  assert.ok(await page.evaluate(() => caches.keys().then((k) => caches.open(k[0])).then((c) => c.keys()).then((r) => r.some((q) => q.url.endsWith("_bg.wasm")))), "precached all the same");
  await context.close();
});

test("a stored English choice is the language of the first paint", async () => {
  const { page, release } = await heldBack({ english: true });
  await page.goto(url + "#/", { waitUntil: "domcontentloaded" });
  assert.ok(await page.locator(".pre-en h2:visible").first().isVisible());
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator(".pre-vi:visible").count(), 0);
  release();
  await page.locator("#app > main h1").waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.context().close();
});

test("every file is served precompressed when the browser accepts it: brotli first, then gzip", async () => {
  const context = await browser.newContext();
  const wasm = await context.request.get(url).then((r) => r.text()).then((html) => html.match(/["']\.?\/?([^"']+_bg\.wasm)["']/)[1]);
  for (const [path, accept, encoding] of [["", "gzip, deflate, br", "br"], [wasm, "br", "br"], [wasm, "gzip", "gzip"], ["sw.js", "gzip, br", "br"]]) {
    const r = await context.request.get(url + path, { headers: { "accept-encoding": accept } });
    assert.equal(r.status(), 200, path);
    assert.equal(r.headers()["content-encoding"], encoding, `${path || "index.html"} with ${accept}`);
    assert.equal(r.headers()["vary"], "accept-encoding");
  }
  const plain = await context.request.get(url + wasm, { headers: { "accept-encoding": "identity" } });
  assert.equal(plain.headers()["content-encoding"], undefined, "the plain file when nothing is accepted");
  await context.close();
});
