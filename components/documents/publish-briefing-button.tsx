"use client";
import { ActionButton } from "@/components/ui/action-button";
import { publishBriefing } from "@/server/documents/actions/publish-briefing";

/** 发布本期简报, after confirming in the page: the file is frozen as previewed. */
export function PublishBriefingButton({ month, label, dataDate }: { month: string; label: string; dataDate: string }) {
  return (
    <ActionButton
      action={() => publishBriefing({ month })}
      label="发布本期简报"
      variant="primary"
      size="md"
      success={(d) => `${label}简报已发布，文件已定稿存档（SHA-256 ${d.sha256.slice(0, 16)}…）`}
      confirm={{
        prompt: `确定发布${label}简报吗？数据截至${dataDate}。发布后文件即定稿，以后每次下载都是同一份文件，不能再修改。`,
        yes: "确定发布",
      }}
    />
  );
}
