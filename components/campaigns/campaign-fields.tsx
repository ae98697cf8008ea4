import { Field, inputClass } from "@/components/ui/field";
import { text } from "@/components/use-server-action";

type Errors = Record<string, string[] | undefined>;

/** 年度名称、开始日期、完成时限: the fields of a new year and of a year's dates form. */
export function CampaignFields({
  title,
  startDate,
  deadline,
  errors,
}: {
  title: string;
  startDate: string;
  deadline: string;
  errors: Errors;
}) {
  return (
    <>
      <div className="sm:col-span-2">
        <Field label="年度名称" error={errors.title?.[0]}>
          <input name="title" required maxLength={100} defaultValue={title} className={inputClass} />
        </Field>
      </div>
      <Field label="开始日期" error={errors.startDate?.[0]}>
        <input type="date" name="startDate" required defaultValue={startDate} className={inputClass} />
      </Field>
      <Field label="完成时限" error={errors.deadline?.[0]}>
        <input type="date" name="deadline" required defaultValue={deadline} className={inputClass} />
      </Field>
    </>
  );
}

/** The typed values of those fields from the submitted form. */
export function campaignFieldValues(f: FormData) {
  return { title: text(f, "title"), startDate: text(f, "startDate"), deadline: text(f, "deadline") };
}
