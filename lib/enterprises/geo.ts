// Positions (WGS 84 degrees, as browsers' geolocation and photos' EXIF GPS give them) and the
// distance check between an evidence photo and its enterprise's recorded site. Pure rules.

export type LatLng = { latitude: number; longitude: number };

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** A usable position: both numbers finite and in range, and not the (0, 0) a broken GPS writes. */
export function isValidPosition(p: { latitude: unknown; longitude: unknown } | null | undefined): p is LatLng {
  if (!p || typeof p.latitude !== "number" || typeof p.longitude !== "number") return false;
  if (!Number.isFinite(p.latitude) || !Number.isFinite(p.longitude)) return false;
  if (Math.abs(p.latitude) > 90 || Math.abs(p.longitude) > 180) return false;
  return !(p.latitude === 0 && p.longitude === 0);
}

/** Great-circle (haversine) distance in metres. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type LocationCheck =
  { kind: "NO_SITE" } | { kind: "NO_POSITION" } | { kind: "NEAR"; metres: number } | { kind: "FAR"; metres: number };

/**
 * Where a photo was taken relative to the enterprise's site. Without a recorded site nothing can be
 * judged (NO_SITE, no flag); a photo without a GPS position is NO_POSITION; farther than
 * `maxDistanceM` (EVIDENCE_MAX_DISTANCE_M) is FAR.
 */
export function checkPhotoLocation(
  photo: { latitude: number | null; longitude: number | null },
  site: { latitude: number | null; longitude: number | null } | null,
  maxDistanceM: number,
): LocationCheck {
  if (!isValidPosition(site)) return { kind: "NO_SITE" };
  if (!isValidPosition(photo)) return { kind: "NO_POSITION" };
  const metres = Math.round(distanceMetres(photo, site));
  return metres > maxDistanceM ? { kind: "FAR", metres } : { kind: "NEAR", metres };
}
