/**
 * A synthetic photo of the back of a Ukrainian ID card lying on a table: a few lines of printed text and
 * the three MRZ lines in a monospace face, with some grain. Self-contained, so it can be passed to
 * `page.evaluate` and run in the browser, where it answers the picture as a JPEG in base64.
 */
export async function drawIdCardBack(mrz: readonly string[]): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 860;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#8a7f72'; // the table
  context.fillRect(0, 0, canvas.width, canvas.height);
  const card = { x: 130, y: 100, width: 1012, height: 638 };
  context.fillStyle = '#eef0e6';
  context.beginPath();
  context.roundRect(card.x, card.y, card.width, card.height, 36);
  context.fill();
  // The printed part above the MRZ: a guilloche-like band and a few lines of text.
  context.strokeStyle = '#c9d3c2';
  for (let i = 0; i < 24; i += 1) {
    context.beginPath();
    for (let x = 0; x <= card.width - 80; x += 8) {
      const y = card.y + 60 + i * 7 + Math.sin((x + i * 17) / 40) * 12;
      if (x === 0) context.moveTo(card.x + 40 + x, y);
      else context.lineTo(card.x + 40 + x, y);
    }
    context.stroke();
  }
  context.fillStyle = '#2b2b2b';
  context.font = '26px sans-serif';
  context.fillText('Місце народження / Place of birth', card.x + 50, card.y + 270);
  context.fillText('М. КИЇВ / UKRAINE', card.x + 50, card.y + 305);
  context.fillText('Орган, що видав / Authority   8000', card.x + 50, card.y + 345);
  // The MRZ: 30 characters a line across the card's width.
  context.fillStyle = '#111111';
  context.font = '48px monospace';
  mrz.forEach((line, index) => context.fillText(line, card.x + 70, card.y + 470 + index * 70));
  // Grain, as a camera or a scanner adds.
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  let seed = 12345;
  for (let i = 0; i < image.data.length; i += 4) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    const noise = (seed / 2 ** 32 - 0.5) * 16;
    for (let c = 0; c < 3; c += 1) image.data[i + c] = Math.max(0, Math.min(255, image.data[i + c]! + noise));
  }
  context.putImageData(image, 0, 0);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.8));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The same picture as a worse photo: turned by `degrees`, scaled by `scale` and a little soft, on the
 * table. Self-contained like drawIdCardBack; takes and answers a JPEG in base64.
 */
export async function tiltPicture({
  jpeg,
  degrees,
  scale,
}: {
  jpeg: string;
  degrees: number;
  scale: number;
}): Promise<string> {
  const image = new Image();
  image.src = `data:image/jpeg;base64,${jpeg}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#8a7f72';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.filter = 'blur(0.6px)';
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.scale(scale, scale);
  context.drawImage(image, -image.width / 2, -image.height / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.85));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
