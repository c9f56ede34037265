// A sample chip ID card's QR text (an invented person) and a phone "photo" of it, built from the
// module grid in fixtures/card-qr-modules.txt (see fixtures/README.md).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import jsQR from "jsqr";

export const CARD = "001090001234|123456789|Nguyễn Văn An|15031990|Nam|Số 1 phố Huế, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội|10062021";

/** A phone photo of the card on a desk: 1200×900, the code about a sixth of the width, with noise. */
export function cardPhoto() {
  const lines = readFileSync(new URL("./fixtures/card-qr-modules.txt", import.meta.url), "utf8").trim().split("\n");
  const n = Number(lines[0]);
  const rows = lines.slice(1);
  const png = new PNG({ width: 1200, height: 900 });
  let seed = 7;
  const noise = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed % 25) - 12; };
  const [scale, ox, oy] = [4, 760, 330];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      let v = x >= 120 && x < 1080 && y >= 150 && y < 750 ? 235 : 120;
      const [qx, qy] = [Math.floor((x - ox) / scale), Math.floor((y - oy) / scale)];
      if (x >= ox && y >= oy && qx < n && qy < n) v = rows[qy][qx] === "1" ? 30 : 245;
      v = Math.max(0, Math.min(255, v + noise()));
      const i = (y * png.width + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(decoded?.data, CARD, "the photo holds the card's QR text");
  return PNG.sync.write(png);
}

