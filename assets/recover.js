// Runs without the WebAssembly app, so it still works once the app has stopped.
// - The crash notice's "Reload" button reloads the same link (the app's own code is dead by then).
// - A WebAssembly trap that is not a Rust panic (the panic hook in src/ui/browser.rs handles those)
//   shows the same notice instead of leaving a page that silently ignores every tap.
(function () {
  "use strict";
  function showCrashNotice() {
    var notice = document.getElementById("crash");
    if (!notice || !notice.hidden) return;
    var app = document.getElementById("app");
    if (app) app.hidden = true;
    notice.hidden = false;
    var reload = document.getElementById("crash-reload");
    if (reload) reload.focus();
  }
  function isTrap(error) {
    return typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
  }
  window.addEventListener("error", function (e) { if (isTrap(e.error)) showCrashNotice(); });
  window.addEventListener("unhandledrejection", function (e) { if (isTrap(e.reason)) showCrashNotice(); });
  document.addEventListener("click", function (e) {
    if (e.target instanceof Element && e.target.closest("#crash-reload")) window.location.reload();
  });
})();
