// How roles read on a page: a pill per role (naming its organization), the order they are offered in, and the organization picker.
import type { Role } from "#core/access.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";
import { SelectField } from "./forms.tsx";
import { useT } from "./i18n.tsx";

export const roleKeys = {
  admin: "admin.roles.admin",
  trainer: "admin.roles.trainer",
  partner_admin: "admin.roles.partnerAdmin",
  participant: "admin.roles.participant",
} as const satisfies Record<Role, MessageKey>;

/** The order roles are offered in, most common first. */
export const roleOrder: readonly Role[] = ["participant", "trainer", "partner_admin", "admin"];

/** "Partner admin for Willamette Peer Network", or just "Trainer". */
export function roleName(t: Translate, role: Role, organizationName?: string | null): string {
  return organizationName
    ? t("admin.roles.withOrganization", { role: t(roleKeys[role]), organization: organizationName })
    : t(roleKeys[role]);
}

export function RolePill({ role, organizationName }: { role: Role; organizationName?: string | null }) {
  const t = useT();
  return <span className={`pill role-${role}`}>{roleName(t, role, organizationName)}</span>;
}

/** The organization a partner admin role is for (other roles leave it empty). */
export function OrganizationField(props: {
  organizations: ReadonlyArray<{ id: string; name: string }>;
  error?: string;
  defaultValue: string;
}) {
  const t = useT();
  return (
    <SelectField
      name="organizationId"
      label={t("admin.invite.organization")}
      hint={props.organizations.length ? t("admin.invite.organizationHint") : t("admin.invite.noOrganizations")}
      error={props.error}
      defaultValue={props.defaultValue}
    >
      <option value="">{t("admin.invite.organizationNone")}</option>
      {props.organizations.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </SelectField>
  );
}
