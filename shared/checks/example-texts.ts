/** A complete, realistic description used by the checks' own examples. */
export const LONG_DESCRIPTION = `Kopi arabika dari kebun petani Gayo, Aceh Tengah, ketinggian 1.400 mdpl.
- Berat bersih: 250 gr
- Sangrai: medium roast, biji utuh
- Rasa: cokelat, karamel, sedikit asam buah
- Tahan 3 bulan dalam kemasan tertutup
Isi paket: 1 kantong kopi 250 gr dengan katup udara.
Cocok untuk V60, tubruk, dan espresso. Simpan di tempat kering dan sejuk, jauh dari sinar matahari.`;
