// What an uploaded image really is, decided by its first bytes: the file name and the type
// the browser declared are chosen by the sender and prove nothing.
import sharp from 'sharp';

export type ImageType = 'png' | 'jpeg' | 'webp';

export const IMAGE_EXTENSION: Record<ImageType, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
export const IMAGE_CONTENT_TYPE: Record<ImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** Logos are small: 1 MB, and no side longer than 4,000 pixels (a huge image stalls a phone). */
export const MAX_IMAGE_BYTES = 1024 * 1024;
export const MAX_IMAGE_SIDE = 4000;

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ascii(data: Buffer, start: number, length: number): string {
  return data.subarray(start, start + length).toString('latin1');
}

function pngInfo(data: Buffer): ImageInfo | null {
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || ascii(data, 12, 4) !== 'IHDR') return null;
  return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Walks the JPEG markers to the frame header (SOFn), which holds the size. */
function jpegInfo(data: Buffer): ImageInfo | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8 || data[2] !== 0xff) return null;
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { type: 'jpeg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    at += 2 + length;
  }
  return null;
}

function webpInfo(data: Buffer): ImageInfo | null {
  if (data.length < 30 || ascii(data, 0, 4) !== 'RIFF' || ascii(data, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(data, 12, 4);
  if (chunk === 'VP8 ') {
    if (data[23] !== 0x9d || data[24] !== 0x01 || data[25] !== 0x2a) return null;
    return { type: 'webp', width: data.readUInt16LE(26) & 0x3fff, height: data.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (data[20] !== 0x2f) return null;
    const bits = data.readUInt32LE(21);
    return { type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    return { type: 'webp', width: data.readUIntLE(24, 3) + 1, height: data.readUIntLE(27, 3) + 1 };
  }
  return null;
}

/** The image's type and size from its own bytes, or null when it is not a PNG, JPEG or WebP image. */
export function sniffImage(data: Buffer): ImageInfo | null {
  try {
    return pngInfo(data) ?? jpegInfo(data) ?? webpInfo(data);
  } catch {
    return null; // a header cut short reads past the end: not an image we accept
  }
}

/** A file field as the upload routes hand it over (see platform/http/uploads.ts). */
export interface UploadedFile {
  data: Buffer;
  truncated: boolean;
  filename: string;
}

export type ImageCheck =
  | { ok: true; image: { data: Buffer; info: ImageInfo } | null }
  | { ok: false; reason: 'tooLarge' | 'notImage' | 'tooManyPixels' };

function isUploadedFile(value: unknown): value is UploadedFile {
  const v = value as UploadedFile | null;
  return typeof v === 'object' && v !== null && Buffer.isBuffer(v.data) && typeof v.truncated === 'boolean';
}

/**
 * Checks an optional image field. No file chosen (or a form sent without multipart) is fine:
 * `image` is null. A file is refused when it was cut off at the size limit, is not a PNG, JPEG
 * or WebP image by its bytes, or has a side longer than MAX_IMAGE_SIDE.
 */
export function checkImageUpload(value: unknown): ImageCheck {
  if (Array.isArray(value)) return { ok: false, reason: 'notImage' };
  if (!isUploadedFile(value)) return { ok: true, image: null };
  if (value.data.length === 0 && !value.filename) return { ok: true, image: null };
  if (value.truncated || value.data.length > MAX_IMAGE_BYTES) return { ok: false, reason: 'tooLarge' };
  const info = sniffImage(value.data);
  if (!info || info.width === 0 || info.height === 0) return { ok: false, reason: 'notImage' };
  if (info.width > MAX_IMAGE_SIDE || info.height > MAX_IMAGE_SIDE) return { ok: false, reason: 'tooManyPixels' };
  return { ok: true, image: { data: value.data, info } };
}

/**
 * An image decoded and written again by sharp: only pixels survive. Metadata a camera or phone
 * wrote (EXIF with GPS position, device and time, XMP, IPTC, comments) and anything hidden after
 * the image data are gone. Only this type can be stored (see storage.ts).
 */
export interface CleanImage {
  data: Buffer;
  info: ImageInfo;
  readonly clean: true;
}

/** Re-encodes a checked image in its own format, turned upright as its EXIF said; null if it does not decode. */
export async function cleanImage(
  image: { data: Buffer; info: ImageInfo },
  maxSide: number = MAX_IMAGE_SIDE,
): Promise<CleanImage | null> {
  try {
    const pipeline = sharp(image.data, {
      // A picture a browser shows (a JPEG cut short, a harmless warning) is accepted; only what
      // does not decode at all is refused. What is stored is re-encoded pixels either way.
      failOn: 'none',
      limitInputPixels: maxSide * maxSide,
    }).autoOrient();
    const encoded =
      image.info.type === 'png'
        ? pipeline.png()
        : image.info.type === 'jpeg'
          ? pipeline.jpeg({ quality: 90, mozjpeg: true })
          : pipeline.webp({ quality: 90 });
    // sharp writes no metadata unless asked to (keepMetadata, withExif…): none is asked for.
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, info: { type: image.info.type, width: info.width, height: info.height }, clean: true };
  } catch {
    return null; // the header looked right but the pixels do not decode: not an image we accept
  }
}

export type CleanImageCheck =
  | { ok: true; image: CleanImage | null }
  | { ok: false; reason: 'tooLarge' | 'notImage' | 'tooManyPixels' };

/** {@link checkImageUpload}, then the re-encoding: what every route that keeps an image uses. */
export async function readImageUpload(value: unknown): Promise<CleanImageCheck> {
  const check = checkImageUpload(value);
  if (!check.ok) return check;
  if (!check.image) return { ok: true, image: null };
  const image = await cleanImage(check.image);
  return image ? { ok: true, image } : { ok: false, reason: 'notImage' };
}
