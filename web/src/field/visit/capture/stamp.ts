/**
 * Draws the "certified copy" stamp as a PNG with the browser's fonts (so the Ukrainian text needs
 * no font inside the PDF). Two-pixel frame, the lines centred, blue like an ink stamp.
 */
export async function drawStampPng(lines: readonly string[]): Promise<Uint8Array> {
  const scale = 3; // print resolution: the stamp is about 6.7 cm wide on the page
  const width = 380 * scale;
  const lineHeight = 30 * scale;
  const height = lineHeight * lines.length + 24 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available.');
  context.strokeStyle = context.fillStyle = '#1d3f8f';
  context.lineWidth = 3 * scale;
  context.strokeRect(
    context.lineWidth,
    context.lineWidth,
    width - 2 * context.lineWidth,
    height - 2 * context.lineWidth,
  );
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  lines.forEach((line, index) => {
    context.font = `${index === 0 ? 'bold ' : ''}${20 * scale}px sans-serif`;
    context.fillText(line, width / 2, 12 * scale + lineHeight * (index + 0.5), width - 16 * scale);
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not draw the stamp.');
  return new Uint8Array(await blob.arrayBuffer());
}
