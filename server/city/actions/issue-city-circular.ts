"use server";
import { issueCityCircularInput } from "@/lib/city/circular-input";
import {
  cityCircularConflicts,
  cityCircularDocument,
  type CityFrozenFigures,
  cityIssuer,
  figuresOfDistrict,
} from "@/lib/documents/city-circular";
import { dataDateConflictMessage, dataDateOf, dataDateRefusal } from "@/lib/documents/data-date";
import { renderDocx } from "@/lib/documents/render-docx";
import { defineAction } from "@/server/action";
import { cityCircularFigures, nextCityReferenceNo, theCity } from "@/server/city/circulars";
import { storeFrozen } from "@/server/documents/frozen-file";
import { ActionError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";

/** A refusal shown at the form field it concerns. */
const invalidField = (field: string, message: string) => new ActionError("INVALID", message, { [field]: [message] });

/**
 * 市级通报 (docs/domain.md §市级): the city office names lagging districts and issues the text it drafted and edited.
 * Every figure is the districts' own dashboards' as of the data date, frozen into the record; a text stating another
 * day is refused. The 发文字号 typed is kept (refused when used); left empty, the city's next one of the year is
 * assigned. Issuing freezes the .docx (and each named district's copy, with its own row only), notifies each named
 * district's office, and enters the 通报 in the city's log and each named district's.
 */
export const issueCityCircular = defineAction({
  name: "cityCircular.issue",
  input: issueCityCircularInput,
  roles: ["CITY_OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const city = await theCity(tx);
    const now = new Date();
    const dataDate = dataDateOf(input.date, input.dataDate);
    const refusal = dataDateRefusal(dataDate, input.date, now);
    if (refusal) throw invalidField(input.dataDate ? "dataDate" : "date", refusal);
    const all = await cityCircularFigures(user, input.year, dataDate, now, tx);
    const named = all.districts.filter((d) => input.districtIds.includes(d.districtId));
    if (named.length !== input.districtIds.length)
      throw invalidField("districtIds", "被通报区县（市）无效：须为本年度已建立工作年度的区县（市）");
    // The text may state only the data date (and, when every named district's is the same, its elapsed share).
    const conflicts = cityCircularConflicts(input.body, dataDate, named);
    if (conflicts.length) throw invalidField("body", dataDateConflictMessage(conflicts));
    let referenceNo = input.referenceNo;
    if (referenceNo === null) referenceNo = await nextCityReferenceNo(city.docPrefix, input.date.getUTCFullYear(), tx);
    else if (await tx.cityCircular.findUnique({ where: { referenceNo }, select: { id: true } }))
      throw invalidField("referenceNo", `发文字号 ${referenceNo} 已被使用，请改用其他字号`);
    const figures: CityFrozenFigures = { ...all, districts: named };
    return { city, referenceNo, dataDate, figures };
  },
  run: async ({ user, input, tx, resource: { city, referenceNo, dataDate, figures } }) => {
    const districtIds = figures.districts.map((d) => d.districtId);
    const created = await tx.cityCircular.create({
      data: {
        cityId: city.id,
        year: input.year,
        title: input.title,
        body: input.body,
        date: input.date,
        dataDate,
        figures,
        referenceNo,
        recipients: input.recipients ?? "",
        issuedById: user.id,
        districts: { create: districtIds.map((districtId) => ({ districtId })) },
      },
    });
    const record = { ...created, figures, issuer: cityIssuer(city) };
    const files = await Promise.all([
      renderDocx(cityCircularDocument(record), created.createdAt),
      ...districtIds.map((id) =>
        renderDocx(cityCircularDocument({ ...record, figures: figuresOfDistrict(figures, id) }), created.createdAt),
      ),
    ]);
    const circular = await storeFrozen(files, async ([whole, ...copies]) => {
      await Promise.all(
        districtIds.map((districtId, i) =>
          tx.cityCircularDistrict.update({
            where: { circularId_districtId: { circularId: created.id, districtId } },
            data: { documentStorageKey: copies[i].key, documentSha256: copies[i].sha256 },
          }),
        ),
      );
      return tx.cityCircular.update({
        where: { id: created.id },
        data: { documentStorageKey: whole.key, documentSha256: whole.sha256 },
      });
    });
    for (const districtId of districtIds)
      await notify(
        tx,
        districtId,
        { role: "OFFICE" },
        `${city.officeShortName}通报：${input.title}（${referenceNo}），请签收`,
        "/supervision",
      );
    return {
      data: { id: circular.id, referenceNo, sha256: circular.documentSha256! },
      audit: [
        { entity: "CityCircular", entityId: circular.id, before: null, after: { ...circular, districtIds } },
        // Each named district's log records the 通报 addressed to it.
        ...districtIds.map((districtId) => ({
          entity: "CityCircularDistrict",
          entityId: `${circular.id}:${districtId}`,
          before: null,
          after: { circularId: circular.id, districtId, referenceNo, title: input.title },
          districtId,
        })),
      ],
    };
  },
  revalidate: () => ["/city/circulars", "/supervision"],
});
