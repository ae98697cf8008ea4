import { LocateEnterprise } from "@/components/enterprises/locate-enterprise";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

type Props = {
  enterprise: { id: string; latitude: number | null; longitude: number | null; locatedAt: Date | null };
  /** The enterprise's own township may record (or re-record) the position. */
  canRecord: boolean;
};

/** The enterprise's recorded site, against which evidence photos' GPS positions are checked. */
export function EnterpriseLocation({ enterprise, canRecord }: Props) {
  const located = enterprise.latitude !== null && enterprise.longitude !== null;
  return (
    <Card aria-labelledby="location-title" className="space-y-2">
      <h2 id="location-title" className="font-semibold">
        企业位置
      </h2>
      {located ? (
        <p className="text-sm text-slate-700">
          坐标（纬度, 经度）{" "}
          <span className="font-mono">
            {enterprise.latitude!.toFixed(5)}, {enterprise.longitude!.toFixed(5)}
          </span>
          {enterprise.locatedAt && <>（{formatDateTime(enterprise.locatedAt)} 现场记录）</>}
          <span className="block text-slate-500">照片的拍摄位置将与此位置核对。</span>
        </p>
      ) : (
        <p className="text-sm text-slate-600">
          尚未记录企业位置，照片的拍摄位置暂不核对。{canRecord && "请在企业现场点击“使用当前位置”。"}
        </p>
      )}
      {canRecord && <LocateEnterprise enterpriseId={enterprise.id} />}
    </Card>
  );
}
