"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { recordEnterpriseLocation } from "@/server/enterprises/actions/record-location";

const geoError: Record<number, string> = {
  1: "未获得定位权限：请在浏览器设置中允许本网站使用位置信息后重试",
  2: "暂时无法定位（信号弱或定位服务关闭），请到室外或稍后重试",
  3: "定位超时，请重试",
};

/**
 * "使用当前位置": reads the browser's position (no map service) and records it as the enterprise's
 * site. Browsers allow geolocation only on HTTPS (or localhost).
 */
export function LocateEnterprise({ enterpriseId }: { enterpriseId: string }) {
  const { pending, notice, run } = useServerAction();
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function locate() {
    setError(null);
    if (!("geolocation" in navigator)) return setError("此浏览器不支持定位，或页面不是通过 HTTPS 打开的");
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        const accuracy = Math.round(coords.accuracy);
        run(() => recordEnterpriseLocation({ enterpriseId, latitude: coords.latitude, longitude: coords.longitude }),
          `已记录企业位置（精度约 ${accuracy} 米）`);
      },
      (e) => {
        setLocating(false);
        setError(geoError[e.code] ?? "定位失败，请重试");
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }

  return (
    <div className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" disabled={locating || pending} onClick={locate}>
        {locating ? "正在定位…" : pending ? "正在保存…" : "使用当前位置"}
      </Button>
      <FormMessage message={error ? { ok: false, text: error } : notice} />
    </div>
  );
}
