// Reads the QR code in a photo of an ID card, on this device (Sổ tay Công dân số, src/ui/device.rs).
// Loaded only when a person scans, so the first load does not carry it; precached for offline use.
// The browser's own barcode detector where there is one (Chrome on Android); otherwise jsQR
// (Apache-2.0, https://github.com/cozmo/jsQR), loaded from this site the first time it is needed.
(function () {
  "use strict";
  var jsqr = null;

  function loadJsQr() {
    if (self.jsQR) return Promise.resolve(self.jsQR);
    if (!jsqr) {
      jsqr = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = new URL("jsQR.js", document.baseURI).href;
        // "reader": the decoder could not be loaded (offline before a first scan), not a bad photo.
        s.onload = function () {
          if (self.jsQR) return resolve(self.jsQR);
          jsqr = null;
          reject(new Error("reader"));
        };
        s.onerror = function () { jsqr = null; s.remove(); reject(new Error("reader")); };
        document.body.appendChild(s);
      });
    }
    return jsqr;
  }

  async function detect(bitmap) {
    if (!("BarcodeDetector" in self)) return null;
    try {
      var formats = await self.BarcodeDetector.getSupportedFormats();
      if (formats.indexOf("qr_code") < 0) return null;
      var found = await new self.BarcodeDetector({ formats: ["qr_code"] }).detect(bitmap);
      return found.length ? found[0].rawValue : null;
    } catch (e) {
      return null;
    }
  }

  // A phone photo is large and the code small: try a few sizes, smallest useful first.
  async function decode(file) {
    var bitmap = await createImageBitmap(file);
    try {
      var native = await detect(bitmap);
      if (native) return native;
      var jsQR = await loadJsQr();
      var longest = Math.max(bitmap.width, bitmap.height);
      var sides = [1024, 1600, 640, 2400];
      for (var i = 0; i < sides.length; i++) {
        var scale = Math.min(1, sides[i] / longest);
        var w = Math.max(1, Math.round(bitmap.width * scale));
        var h = Math.max(1, Math.round(bitmap.height * scale));
        var canvas = document.createElement("canvas");
        canvas.width = w;
        canvas.height = h;
        var ctx = canvas.getContext("2d", { willReadFrequently: true });
        ctx.drawImage(bitmap, 0, 0, w, h);
        var code = jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: "attemptBoth" });
        if (code && code.data) return code.data;
        if (scale === 1) break;
      }
      return null;
    } finally {
      if (bitmap.close) bitmap.close();
    }
  }

  self.congdansoScan = { decode: decode };
})();
