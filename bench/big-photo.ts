import sharp from 'sharp';

/**
 * A phone's full-size product photo at its worst: 8000 × 8000 pixels in a JPEG of about 25 MB (quality 87, with
 * sensor-like noise, which is what makes such files big), a red product on an off-white backdrop. Deterministic.
 */
export async function bigPhoto(): Promise<Buffer> {
  const side = 8000;
  const raw = Buffer.alloc(side * side * 3);
  let seed = 12345;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = ((seed >> 16) % 41) - 20;
      const product = x > 2500 && x < 5500 && y > 1500 && y < 6500;
      const o = (y * side + x) * 3;
      raw[o] = (product ? 192 : 236) + noise;
      raw[o + 1] = (product ? 30 : 232) + noise;
      raw[o + 2] = (product ? 45 : 226) + noise;
    }
  }
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 87 }).toBuffer();
}
