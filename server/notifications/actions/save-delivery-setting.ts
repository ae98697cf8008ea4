"use server";
import { deliverySettingInput } from "@/lib/notices/setting-input";
import { defineAction } from "@/server/action";
import { conflict } from "@/server/errors";
import { auditedSetting, loadDeliveryOwnerForChange } from "@/server/notifications/delivery-settings";
import { updateVersioned } from "@/server/versioned-update";

/**
 * The office sets where an officer's or a unit's notices go besides the bell (用户管理): an e-mail
 * address and/or a group robot, at once or in a daily digest, for all or some kinds of notice.
 */
export const saveDeliverySetting = defineAction({
  name: "delivery.saveSetting",
  input: deliverySettingInput,
  roles: ["OFFICE"],
  authorize: async ({ user, input, tx }) => {
    const found = await loadDeliveryOwnerForChange(tx, user, input);
    // A form built before someone else saved (or first saved) this setting is refused, not merged.
    if ((found.setting?.version ?? null) !== input.version) throw conflict();
    return found;
  },
  run: async ({ input, tx, resource: { owner, setting } }) => {
    const data = {
      email: input.email,
      webhookUrl: input.webhookUrl,
      webhookSecret:
        input.clearSecret || !input.webhookUrl ? null : (input.webhookSecret ?? setting?.webhookSecret ?? null),
      webhookKeyword: input.webhookUrl ? input.webhookKeyword : null,
      mode: input.mode,
      categories: input.categories,
    };
    const after = setting
      ? await updateVersioned(tx.deliverySetting, setting.id, setting.version, data)
      : await tx.deliverySetting.create({ data: { ...owner, ...data } });
    return {
      data: { version: after.version },
      audit: [
        {
          entity: "DeliverySetting",
          entityId: after.id,
          before: setting ? auditedSetting(setting) : null,
          after: auditedSetting(after),
        },
      ],
    };
  },
  revalidate: () => ["/admin/users"],
});
