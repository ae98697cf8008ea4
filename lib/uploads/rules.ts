// What may be uploaded as evidence. The type is decided by the file's magic bytes (sniffed on the
// server), never by its name or the browser's claim. HEIC/HEIF (iPhone photos) is accepted at intake
// and stored as JPEG (server/uploads/heif.ts), so reviewers and thumbnails always get a JPEG.
export const ALLOWED_TYPES = {
  "image/jpeg": "JPEG 图片",
  "image/png": "PNG 图片",
  "image/webp": "WebP 图片",
  "application/pdf": "PDF 文件",
} as const;

export type AllowedMime = keyof typeof ALLOWED_TYPES;

/** Sniffed types converted to JPEG at intake (file-type reports HEIC brands and plain HEIF). */
export const HEIF_TYPES = ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"] as const;

/** The file inputs' `accept`: what is stored, plus iPhone photos (by type and, for browsers that report none, by extension). */
export const UPLOAD_ACCEPT = [...Object.keys(ALLOWED_TYPES), "image/heic", "image/heif", ".heic", ".heif"].join(",");

export function isHeif(mime: string | undefined): boolean {
  return !!mime && (HEIF_TYPES as readonly string[]).includes(mime);
}

/** Configured in server/env.ts (UPLOAD_MAX_MB, UPLOAD_MAX_MEGAPIXELS); the server passes server/policies.ts uploadLimits. */
export type UploadLimits = { maxBytes: number; maxPixels: number };

export type UploadCheck = { ok: true } | { ok: false; status: number; message: string };

export function isAllowedMime(mime: string | undefined): mime is AllowedMime {
  return !!mime && mime in ALLOWED_TYPES;
}

/** A user-supplied file name is kept for display only; refuse ones that try to be paths. */
export function checkFileName(name: string): UploadCheck {
  if (!name || name.length > 200) return { ok: false, status: 400, message: "文件名为空或过长（最多200字）" };
  // Control characters (C0, C1), path separators, ".." and the invisible bidirectional controls that
  // make "照片\u202Egpj.exe" display as "照片exe.jpg".
  if (/[\u0000-\u001f\u007f-\u009f/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(name) || name.includes("..")) {
    return { ok: false, status: 400, message: "文件名含有不允许的字符（路径符号或控制字符）" };
  }
  return { ok: true };
}

export function checkSize(bytes: number, limits: UploadLimits): UploadCheck {
  if (bytes === 0) return { ok: false, status: 400, message: "文件为空" };
  if (bytes > limits.maxBytes) {
    return { ok: false, status: 413, message: `文件超过大小上限 ${Math.round(limits.maxBytes / 1024 / 1024)} MB` };
  }
  return { ok: true };
}

export function checkType(sniffed: string | undefined): UploadCheck {
  if (isAllowedMime(sniffed)) return { ok: true };
  return {
    ok: false,
    status: 415,
    message: `不支持的文件类型，只能上传 ${Object.values(ALLOWED_TYPES).join("、")}、HEIC 照片`,
  };
}

export function checkPixels(width: number, height: number, limits: UploadLimits): UploadCheck {
  if (width * height > limits.maxPixels) {
    return {
      ok: false,
      status: 413,
      message: `图片像素过大（${width}×${height}），上限 ${limits.maxPixels / 1_000_000} 百万像素`,
    };
  }
  return { ok: true };
}

/** RFC 6266/5987 Content-Disposition that keeps a Chinese file name intact. */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** EXIF times carry no zone; cameras here are set to Beijing time (UTC+8). */
export function exifTimeToDate(value: unknown): Date | null {
  const m = typeof value === "string" ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}
