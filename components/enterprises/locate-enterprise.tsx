"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { linkClass } from "@/components/ui/link";
import { useServerAction } from "@/components/use-server-action";
import type { LatLng } from "@/lib/enterprises/geo";
import { recordEnterpriseLocation } from "@/server/enterprises/actions/record-location";

const geoError: Record<number, string> = {
  1: "未获得定位权限：请在浏览器设置中允许本网站使用位置信息后重试",
  2: "暂时无法定位（信号弱或定位服务关闭），请到室外或稍后重试",
  3: "定位超时，请重试",
};

/**
 * The browser's current position (no map service). Browsers allow geolocation only on HTTPS (or
 * localhost); every failure is told in Chinese.
 */
export function useCurrentPosition() {
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  function locate(onPosition: (p: LatLng, accuracyM: number) => void) {
    setError(null);
    if (!("geolocation" in navigator)) return setError("此浏览器不支持定位，或页面不是通过 HTTPS 打开的");
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onPosition({ latitude: coords.latitude, longitude: coords.longitude }, Math.round(coords.accuracy));
      },
      (e) => {
        setLocating(false);
        setError(geoError[e.code] ?? "定位失败，请重试");
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }
  return { locating, error, locate };
}

/** "使用当前位置" on the case page: records the position as the enterprise's site. */
export function LocateEnterprise({ enterpriseId }: { enterpriseId: string }) {
  const { pending, notice, run } = useServerAction();
  const { locating, error, locate } = useCurrentPosition();
  const onClick = () =>
    locate((p, accuracy) =>
      run(() => recordEnterpriseLocation({ enterpriseId, ...p }), `已记录企业位置（精度约 ${accuracy} 米）`),
    );

  return (
    <div className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" disabled={locating || pending} onClick={onClick}>
        {locating ? "正在定位…" : pending ? "正在保存…" : "使用当前位置"}
      </Button>
      <FormMessage message={error ? { ok: false, text: error } : notice} />
    </div>
  );
}

/** "使用当前位置" in the registration form: the position is kept and recorded once the case is registered. */
export function PositionField({ value, onChange }: { value: LatLng | null; onChange: (p: LatLng | null) => void }) {
  const { locating, error, locate } = useCurrentPosition();
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium">企业位置（选填，在企业现场时记录）</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" disabled={locating} onClick={() => locate((p) => onChange(p))}>
          {locating ? "正在定位…" : "使用当前位置"}
        </Button>
        {value && (
          <>
            <span className="font-mono">
              {value.latitude.toFixed(5)}, {value.longitude.toFixed(5)}
            </span>
            <button type="button" className={linkClass()} onClick={() => onChange(null)}>
              不记录
            </button>
          </>
        )}
      </div>
      <FormMessage message={error ? { ok: false, text: error } : null} />
    </div>
  );
}
