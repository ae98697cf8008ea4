import type { Metadata } from "next";

import { ListTable } from "@/components/admin/list-frame";
import { ResendDeliveryButton } from "@/components/admin/resend-delivery-button";
import { Pagination } from "@/components/pagination";
import { Link } from "@/components/ui/app-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { chipClass, linkClass } from "@/components/ui/link";
import { Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { withQuery } from "@/lib/href";
import { deliveryChannelLabel, deliveryStatusLabel } from "@/lib/labels";
import { requireArea } from "@/server/areas";
import { listDeliveryProblems, parseDeliveryFilters } from "@/server/notifications/list-deliveries";

export const metadata: Metadata = { title: "通知投递" };

const CHIPS = [
  [undefined, "全部问题"],
  ["failed", "发送失败"],
  ["retrying", "重试中"],
] as const;

export default async function DeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("adminDeliveries");
  const filters = parseDeliveryFilters(await searchParams);
  const list = await listDeliveryProblems(user, filters);
  const href = (page: number) => withQuery("/admin/deliveries", { show: filters.show, page });
  const { counts } = list;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">通知投递</h1>
      <p className="text-sm text-slate-600">
        通知除在平台“消息通知”中显示外，还可按
        <Link href="/admin/users" className={linkClass({ inline: true })}>
          用户管理
        </Link>
        中的设置发送邮件或推送到钉钉/浙政钉群机器人。发送由后台定时任务完成，失败后自动重试（间隔 2、6、18、54、162
        分钟），仍不成功的列在这里；修正邮箱、群机器人地址或邮件服务器后可“重新发送”。
      </p>
      <Card>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">近 24 小时已发送</dt>
            <dd className="text-lg font-semibold">{counts.sentToday}</dd>
          </div>
          <div>
            <dt className="text-slate-600">待发送、待汇总</dt>
            <dd className="text-lg font-semibold">{counts.waiting}</dd>
          </div>
          <div>
            <dt className="text-slate-600">重试中</dt>
            <dd className="text-lg font-semibold">{counts.retrying}</dd>
          </div>
          <div>
            <dt className="text-slate-600">发送失败</dt>
            <dd className={`text-lg font-semibold ${counts.failed ? "text-red-700" : ""}`}>{counts.failed}</dd>
          </div>
        </dl>
      </Card>
      <nav aria-label="按状态筛选" className="flex flex-wrap gap-2 text-sm">
        {CHIPS.map(([show, label]) => (
          <Link
            key={label}
            href={withQuery("/admin/deliveries", { show })}
            className={chipClass(filters.show === show)}
            aria-current={filters.show === show ? "page" : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      <ListTable
        caption="发送失败或重试中的通知"
        empty="没有发送失败或重试中的通知。"
        headings={["通知", "发往", "状态", "错误", "时间", "操作"]}
        rows={list.rows.map((d) => (
          <tr key={d.id} className="align-top">
            <Td label="通知">
              {d.isDigest ? (
                <span>{d.text}</span>
              ) : (
                <Link href={d.href} className={linkClass()}>
                  {d.text}
                </Link>
              )}
            </Td>
            <Td label="发往">
              <span className="block">{d.owner}</span>
              <span className="block text-xs text-slate-500">
                {deliveryChannelLabel[d.channel]}：<span className="break-all">{d.target}</span>
              </span>
            </Td>
            <Td label="状态">
              <Badge tone={d.status === "FAILED" ? "danger" : "warning"}>
                {d.status === "FAILED" ? deliveryStatusLabel.FAILED : "重试中"}
              </Badge>
              <span className="mt-1 block text-xs text-slate-500">已尝试 {d.attempts} 次</span>
            </Td>
            <Td label="错误">
              <span className="break-all text-red-700">{d.lastError ?? "—"}</span>
            </Td>
            <Td label="时间" nowrap>
              <span className="block">产生 {formatDateTime(d.createdAt)}</span>
              {d.status === "PENDING" && (
                <span className="block text-xs text-slate-500">下次尝试 {formatDateTime(d.nextAttemptAt)}</span>
              )}
            </Td>
            <Td>
              <ResendDeliveryButton id={d.id} version={d.version} />
            </Td>
          </tr>
        ))}
      />
      <Pagination page={list.page} pages={list.pages} total={list.total} href={href} label="通知投递分页" />
    </div>
  );
}
