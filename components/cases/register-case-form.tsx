"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { CaseDetailFields, type CaseDetailValues } from "@/components/cases/case-detail-fields";
import { PositionField } from "@/components/enterprises/locate-enterprise";
import { useOnline } from "@/components/offline/use-online";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FormOutcome } from "@/components/ui/error-summary";
import { checkClass, checkLabelClass, Field, inputClass } from "@/components/ui/field";
import { text, useServerAction } from "@/components/use-server-action";
import { deadlineAfterCampaignWarning } from "@/lib/campaigns/rules";
import type { LatLng } from "@/lib/enterprises/geo";
import type { Category, Industry } from "@/lib/generated/prisma/enums";
import { categoryLabel, industryLabel } from "@/lib/labels";
import { registerCase } from "@/server/cases/actions/register-case";
import { recordEnterpriseLocation } from "@/server/enterprises/actions/record-location";
import { openCaseFromTip } from "@/server/tips/actions/open-case-from-tip";

const emptyDetails: CaseDetailValues = {
  dimensions: [],
  deadline: "",
  disposalPath: null,
  outcomeId: null,
  commitmentText: "",
  commitmentPublishedIn: "",
  commitmentDate: "",
  policyBasisId: null,
  policyBasisOther: "",
  wholeExit: false,
};

type FromTip = { id: string; version: number; enterpriseName: string; address: string };
/** The campaign the case goes into: its deadline as "YYYY-MM-DD", and whether it is already over (a warning, not a refusal). */
type Year = { year: number; deadline: string; ended: boolean };

/**
 * Registers an enterprise and its case; with `tip`, the enterprise named in a verified tip (name and address from the tip).
 * In a category the unit's annex cell marks "/" (`outsideTarget`), the officer confirms in the page that the case is
 * 目标外 before it is registered (lib/campaigns/annex.ts decideOutsideTarget).
 */
export function RegisterCaseForm({
  outcomes,
  policyBases,
  tip,
  campaign,
  outsideTarget = [],
}: {
  outcomes: { id: number; name: string }[];
  policyBases?: { id: number; name: string }[];
  tip?: FromTip;
  campaign?: Year;
  outsideTarget?: Category[];
}) {
  const router = useRouter();
  const { pending, notice, fieldErrors: errors, submit, asking, confirmPanel } = useServerAction();
  const [category, setCategory] = useState<Category>("RECTIFICATION");
  const online = useOnline();
  const [details, setDetails] = useState(emptyDetails);
  const [position, setPosition] = useState<LatLng | null>(null);
  const outside = outsideTarget.includes(category);

  // The position taken on site is recorded on the new case's enterprise once it exists.
  const registered = async (data: { id: string }) => {
    if (!position) return "已登记";
    const saved = await recordEnterpriseLocation({ caseId: data.id, ...position });
    return saved.ok
      ? "已登记，并记录了企业位置"
      : { ok: false, text: `已登记，但企业位置未保存（${saved.message}），可在整治对象页面重新记录` };
  };
  const onSubmit = submit(
    (form) => {
      const input = {
        enterpriseName: text(form, "enterpriseName"),
        creditCode: text(form, "creditCode"),
        industry: text(form, "industry") as Industry,
        address: text(form, "address"),
        contactName: text(form, "contactName"),
        contactPhone: text(form, "contactPhone"),
        productionLicence: text(form, "productionLicence"),
        category,
        ...details,
        // Only asked, and so only confirmed, where the unit's annex cell is "/".
        confirmOutsideTarget: outside,
      };
      return tip
        ? openCaseFromTip({ ...input, tipId: tip.id, version: tip.version }).then((r) =>
            r.ok ? { ...r, data: { id: r.data.caseId } } : r,
          )
        : registerCase(input);
    },
    registered,
    {
      onOk: (data) => router.push(`/cases/${data.id}`),
      confirm: () =>
        outside
          ? {
              prompt: `本单位在目标任务分解表中“${categoryLabel[category]}”一栏为“/”（不承担该类目标）。确定登记为目标外整治对象吗？登记后整治对象标注“目标外”，不计入任何单位的目标。`,
              yes: "确定登记为目标外",
            }
          : null,
    },
  );

  return (
    <form onSubmit={onSubmit} className={cardClass({ className: "space-y-4" })} noValidate>
      {campaign?.ended && (
        <p role="note" data-testid="year-ended-note" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          注意：{campaign.year}年度已于 {campaign.deadline} 结束，登记的整治对象将计入{campaign.year}
          年度。如要登记今年的整治对象，请先在页眉切换年度。
        </p>
      )}
      <p className="text-sm text-slate-600">标有“必填”的项目须填写，其余可以以后补充。</p>
      <h2 className="font-semibold">企业（作坊）信息</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="企业（作坊）名称（必填）" error={errors.enterpriseName?.[0]}>
          <input
            name="enterpriseName"
            required
            className={inputClass}
            defaultValue={tip?.enterpriseName}
            readOnly={!!tip?.enterpriseName}
          />
        </Field>
        <Field label="统一社会信用代码（选填）" error={errors.creditCode?.[0]} hint="18位；无营业执照的作坊可不填">
          <input
            name="creditCode"
            maxLength={18}
            autoCapitalize="characters"
            className={`${inputClass} font-mono uppercase`}
          />
        </Field>
        <Field label="所属行业（必填）" error={errors.industry?.[0]}>
          <select name="industry" required defaultValue="" className={inputClass}>
            <option value="" disabled>
              请选择
            </option>
            {Object.entries(industryLabel).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field label="地址" error={errors.address?.[0]}>
          <input name="address" className={inputClass} defaultValue={tip?.address} readOnly={!!tip} />
        </Field>
        <Field label="企业联系人" error={errors.contactName?.[0]}>
          <input name="contactName" className={inputClass} />
        </Field>
        <Field label="联系电话" error={errors.contactPhone?.[0]}>
          <input name="contactPhone" type="tel" className={inputClass} />
        </Field>
        <Field
          label="生产许可证编号（选填）"
          error={errors.productionLicence?.[0]}
          hint="持有工业产品生产许可证的填写；关停后由区市场监管局注销"
        >
          <input
            name="productionLicence"
            maxLength={50}
            autoCapitalize="characters"
            className={`${inputClass} font-mono uppercase`}
          />
        </Field>
      </div>
      <PositionField value={position} onChange={setPosition} />
      <h2 className="pt-2 font-semibold">整治信息</h2>
      <fieldset className="text-sm">
        <legend className="font-medium">整治类别（必填）</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(Object.keys(categoryLabel) as Category[]).map((c) => (
            <label key={c} className={checkLabelClass}>
              <input
                type="radio"
                className={checkClass}
                name="category"
                checked={category === c}
                onChange={() => setCategory(c)}
              />
              {categoryLabel[c]}
            </label>
          ))}
        </div>
      </fieldset>
      {outside && (
        <p
          role="note"
          data-testid="outside-target-note"
          className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          本单位在目标任务分解表中“{categoryLabel[category]}
          ”一栏为“/”（不承担该类目标）。仍可登记，登记时须确认，整治对象将标注“目标外”。
        </p>
      )}
      <CaseDetailFields
        category={category}
        values={details}
        onChange={setDetails}
        outcomes={outcomes}
        policyBases={policyBases}
        errors={errors}
        deadlineWarning={campaign ? deadlineAfterCampaignWarning(details.deadline, campaign) : ""}
      />
      <FormOutcome notice={notice} errors={errors} />
      <Button
        type="submit"
        disabled={pending || asking || !online}
        title={online ? undefined : "当前离线，恢复网络后可登记"}
      >
        {pending ? "正在登记…" : "登记"}
      </Button>
      {confirmPanel}
    </form>
  );
}
