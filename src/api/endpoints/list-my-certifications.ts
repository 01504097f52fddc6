// GET /me/certifications: the caller's certifications with the compliance figures for their renewal.
import { utcToZoned } from "#core/local-time.ts";
import { personCompliance } from "#features/certifications/person-compliance.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CertificationList } from "../certification-schemas.ts";

export const listMyCertifications = defineEndpoint({
  operationId: "listMyCertifications",
  tag: "Your account",
  summary: "Your certifications and CE standing",
  description:
    "Each certification you added, with where you stand for its renewal: CE minutes counted in the look-back window (hub trainings after sign-off and outside hours you added), required categories, the optional in-person minimum, and the renewal and expiry dates. Dates are calendar dates in your time zone.",
  response: { status: 200, description: "Your certifications.", schema: CertificationList },
  async handle({ services, viewer }) {
    const now = services.now();
    const today = utcToZoned(now, viewer.timeZone).date;
    const { standings } = await personCompliance(services.db, viewer.userId, now, today);
    return {
      body: {
        certifications: standings.map((s) => ({
          id: s.id,
          type: { key: s.typeKey, name: s.typeName, authority: s.authority },
          number: s.number,
          issuedOn: s.issuedOn,
          status: s.compliance.status,
          expiresOn: s.compliance.expiresOn,
          renewalOpensOn: s.compliance.renewalOpensOn,
          countedMinutes: s.compliance.countedMinutes,
          requiredMinutes: s.compliance.requiredMinutes,
          stillNeededMinutes: s.compliance.minutesStillNeeded,
          categories: s.compliance.categories.map((c) => ({
            category: c.category,
            requiredMinutes: c.requiredMinutes,
            countedMinutes: c.countedMinutes,
            stillNeededMinutes: c.stillNeeded,
          })),
          inPerson: s.compliance.inPerson
            ? { requiredMinutes: s.compliance.inPerson.required, countedMinutes: s.compliance.inPerson.counted }
            : null,
          unverifiedOutsideMinutes: s.compliance.unverifiedOutsideMinutes,
          complete: s.compliance.complete,
          remindersOn: s.remindersOn,
        })),
      },
    };
  },
});
