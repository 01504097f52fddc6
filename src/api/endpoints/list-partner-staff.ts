// GET /organizations/{id}/staff: a partner's staff progress, each person only as they chose to share it.
import { listStaffProgress } from "#features/partners/staff-progress.ts";
import { defineEndpoint } from "../endpoint.ts";
import { OrganizationIdParams, StaffList } from "../partner-schemas.ts";

export const listPartnerStaff = defineEndpoint({
  operationId: "listPartnerStaff",
  tag: "Partners",
  summary: "List a partner's staff and what each shares",
  description:
    "For partner admins of the organization (and hub admins). Invitations not yet answered show only the address invited; " +
    "people who accepted show what they chose to share (completions and upcoming trainings; a CE compliance summary). " +
    "People who declined or withdrew are not listed.",
  request: { params: OrganizationIdParams },
  response: { status: 200, description: "The organization's staff.", schema: StaffList },
  problems: { forbidden: "You do not look after this organization." },
  async handle({ services, viewer, params }) {
    const staff = await listStaffProgress(services.db, viewer, params.id, services.now());
    const training = (t: {
      registrationId: string;
      titleEn: string;
      titleEs: string;
      startsAt: Date;
      endsAt: Date;
    }) => ({
      registrationId: t.registrationId,
      title: { en: t.titleEn, es: t.titleEs },
      startsAt: t.startsAt.toISOString(),
      endsAt: t.endsAt.toISOString(),
    });
    return {
      body: {
        staff: staff.map((m) => ({
          linkId: m.linkId,
          status: m.status,
          email: m.email,
          name: m.name,
          sharing: m.sharing,
          completions: m.completions?.map(training) ?? null,
          upcoming: m.upcoming?.map(training) ?? null,
          certifications:
            m.certifications?.map((c) => ({
              name: c.typeName,
              status: c.status,
              expiresOn: c.expiresOn,
              minutesStillNeeded: c.minutesStillNeeded,
            })) ?? null,
        })),
      },
    };
  },
});
