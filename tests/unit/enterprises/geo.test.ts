import { describe, expect, it } from "vitest";

import { checkPhotoLocation, distanceMetres, isValidPosition } from "@/lib/enterprises/geo";

// 宁波市海曙区政府 (approx.) and points around it.
const site = { latitude: 29.8746, longitude: 121.5503 };

describe("distance between two positions (haversine)", () => {
  it("is zero for the same point and symmetric", () => {
    expect(distanceMetres(site, site)).toBe(0);
    const other = { latitude: 29.9, longitude: 121.6 };
    expect(distanceMetres(site, other)).toBeCloseTo(distanceMetres(other, site), 6);
  });

  it("matches known distances: one degree of latitude ≈ 111.2 km, Ningbo–Hangzhou ≈ 145 km", () => {
    expect(distanceMetres({ latitude: 30, longitude: 121 }, { latitude: 31, longitude: 121 })).toBeCloseTo(111_195, -2);
    const hangzhou = { latitude: 30.2741, longitude: 120.1551 };
    const km = distanceMetres(site, hangzhou) / 1000;
    expect(km).toBeGreaterThan(140);
    expect(km).toBeLessThan(150);
  });

  it("shrinks a degree of longitude with latitude", () => {
    const atEquator = distanceMetres({ latitude: 0, longitude: 100 }, { latitude: 0, longitude: 101 });
    const at60 = distanceMetres({ latitude: 60, longitude: 100 }, { latitude: 60, longitude: 101 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 2);
  });
});

describe("usable positions", () => {
  it("refuses missing, out-of-range, non-finite and (0, 0) positions", () => {
    expect(isValidPosition(site)).toBe(true);
    for (const bad of [
      null,
      undefined,
      { latitude: null, longitude: 121 },
      { latitude: 91, longitude: 0 },
      { latitude: 0, longitude: 181 },
      { latitude: Number.NaN, longitude: 121 },
      { latitude: 0, longitude: 0 },
      { latitude: "29.8", longitude: "121.5" },
    ]) {
      expect(isValidPosition(bad as never), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("a photo's position against the enterprise's site", () => {
  const north = (metres: number) => ({ latitude: site.latitude + metres / 111_195, longitude: site.longitude });

  it("is near within the configured distance, far beyond it (boundary included as near)", () => {
    expect(checkPhotoLocation(north(120), site, 500)).toEqual({ kind: "NEAR", metres: 120 });
    expect(checkPhotoLocation(north(500), site, 500)).toEqual({ kind: "NEAR", metres: 500 });
    expect(checkPhotoLocation(north(501), site, 500)).toEqual({ kind: "FAR", metres: 501 });
    expect(checkPhotoLocation(north(300), site, 200)).toEqual({ kind: "FAR", metres: 300 });
  });

  it("says so when the photo has no position, and judges nothing without a recorded site", () => {
    expect(checkPhotoLocation({ latitude: null, longitude: null }, site, 500)).toEqual({ kind: "NO_POSITION" });
    expect(checkPhotoLocation({ latitude: 0, longitude: 0 }, site, 500)).toEqual({ kind: "NO_POSITION" });
    expect(checkPhotoLocation(north(5000), { latitude: null, longitude: null }, 500)).toEqual({ kind: "NO_SITE" });
    expect(checkPhotoLocation({ latitude: null, longitude: null }, null, 500)).toEqual({ kind: "NO_SITE" });
  });
});
