/** A photo of a note, made smaller before it is encrypted: a readable note needs no 12 megapixels. */
export const MAX_PHOTO_SIDE = 1600;

export async function downscalePhoto(file: Blob): Promise<{ bytes: Uint8Array; type: string }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Could not encode the photo'))), 'image/jpeg', 0.8),
  );
  return { bytes: new Uint8Array(await blob.arrayBuffer()), type: 'image/jpeg' };
}
