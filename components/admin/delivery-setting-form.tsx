"use client";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/error-summary";
import { checkClass, checkLabelClass, Field, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import type { DeliveryMode, NoticeCategory } from "@/lib/generated/prisma/enums";
import { deliveryModeLabel, noticeCategoryLabel } from "@/lib/labels";
import { DELIVERY_MODES, NOTICE_CATEGORIES } from "@/lib/notices/delivery";
import { saveDeliverySetting } from "@/server/notifications/actions/save-delivery-setting";
import { sendTestDelivery } from "@/server/notifications/actions/send-test-delivery";

export type DeliverySettingValues = {
  version: number;
  email: string | null;
  webhookUrl: string | null;
  webhookSigned: boolean;
  webhookKeyword: string | null;
  mode: DeliveryMode;
  categories: NoticeCategory[];
};

/**
 * Where an officer's (or a unit's) notices go besides the bell: e-mail and/or a 钉钉/浙政钉 group robot,
 * at once or in a daily digest, for all kinds or the kinds ticked.
 */
export function DeliverySettingForm({
  owner,
  values,
  digestHour,
  smtpConfigured,
  kind,
}: {
  owner: { userId: string } | { unitId: number };
  values?: DeliverySettingValues;
  digestHour: number;
  smtpConfigured: boolean;
  /** An officer's setting offers e-mail first; a unit's the group robot. */
  kind: "user" | "unit";
}) {
  const { pending, notice, fieldErrors, submit } = useServerAction();
  const onSubmit = submit(
    (form) =>
      saveDeliverySetting({
        ...owner,
        version: values?.version ?? null,
        email: text(form, "email"),
        webhookUrl: text(form, "webhookUrl"),
        webhookSecret: text(form, "webhookSecret"),
        clearSecret: text(form, "clearSecret") === "on",
        webhookKeyword: text(form, "webhookKeyword"),
        mode: text(form, "mode") as DeliveryMode,
        categories: form.getAll("categories").map(String) as NoticeCategory[],
      }),
    "已保存通知方式",
  );
  const email = (
    <Field
      label="邮箱（选填）"
      error={fieldErrors.email?.[0]}
      hint={smtpConfigured ? undefined : "尚未配置邮件服务器（SMTP_URL），邮件将在配置后发出"}
    >
      <input name="email" type="email" maxLength={254} defaultValue={values?.email ?? ""} className={inputClass} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-3 text-sm sm:grid-cols-2">
      {kind === "user" && email}
      <Field
        label="钉钉/浙政钉群机器人地址（选填）"
        error={fieldErrors.webhookUrl?.[0]}
        hint="群设置 → 智能群助手 → 添加机器人 → 自定义，复制 Webhook 地址"
      >
        <input
          name="webhookUrl"
          type="url"
          maxLength={500}
          defaultValue={values?.webhookUrl ?? ""}
          placeholder="https://oapi.dingtalk.com/robot/send?access_token=…"
          className={inputClass}
        />
      </Field>
      <Field
        label="加签密钥（选填）"
        error={fieldErrors.webhookSecret?.[0]}
        hint={values?.webhookSigned ? "已设置；留空保持不变" : "机器人安全设置选“加签”时填写 SEC 开头的密钥"}
      >
        <input name="webhookSecret" type="password" autoComplete="off" maxLength={200} className={inputClass} />
      </Field>
      <Field
        label="关键词（选填）"
        error={fieldErrors.webhookKeyword?.[0]}
        hint="机器人安全设置选“自定义关键词”时填写，每条消息都会带上"
      >
        <input
          name="webhookKeyword"
          maxLength={20}
          defaultValue={values?.webhookKeyword ?? ""}
          className={inputClass}
        />
      </Field>
      {values?.webhookSigned && (
        <label className={checkLabelClass}>
          <input type="checkbox" name="clearSecret" className={checkClass} />
          清除已设置的加签密钥
        </label>
      )}
      {kind === "unit" && email}
      <fieldset className="sm:col-span-2">
        <legend className="font-medium">发送方式</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {DELIVERY_MODES.map((m) => (
            <label key={m} className={checkLabelClass}>
              <input
                type="radio"
                name="mode"
                value={m}
                defaultChecked={(values?.mode ?? "IMMEDIATE") === m}
                className={checkClass}
              />
              {m === "DAILY" ? `${deliveryModeLabel[m]}（每天 ${digestHour}:00 一条）` : deliveryModeLabel[m]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="sm:col-span-2" data-invalid={fieldErrors.categories ? true : undefined}>
        <legend className="font-medium">通知类别（都不勾选即全部）</legend>
        <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {NOTICE_CATEGORIES.map((c) => (
            <label key={c} className={checkLabelClass}>
              <input
                type="checkbox"
                name="categories"
                value={c}
                defaultChecked={values?.categories.includes(c)}
                className={checkClass}
              />
              {noticeCategoryLabel[c]}
            </label>
          ))}
        </div>
        {fieldErrors.categories?.[0] && (
          <span className="mt-1 block text-xs text-red-700">{fieldErrors.categories[0]}</span>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "正在保存…" : "保存通知方式"}
        </Button>
        <FormOutcome notice={notice} errors={fieldErrors} />
      </div>
      {(values?.email || values?.webhookUrl) && (
        <div className="sm:col-span-2">
          <ActionButton
            label="发送测试消息"
            action={() => sendTestDelivery(owner)}
            success={(d) => `已排入发送（${d.count} 条），约一分钟内送达；未收到请查看“通知投递”`}
          />
        </div>
      )}
    </form>
  );
}
