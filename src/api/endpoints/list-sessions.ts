// GET /sessions: the public catalog — published sessions still ahead, soonest first, filtered and paged, with their seats.
import { searchSessions } from "#features/catalog/search-sessions.ts";
import { defineEndpoint } from "../endpoint.ts";
import { SessionList, SessionListQuery } from "../catalog-schemas.ts";
import { sessionSummaryBody } from "../session-body.ts";

export const listSessions = defineEndpoint({
  operationId: "listSessions",
  tag: "Sessions",
  summary: "List sessions",
  description:
    "Lists the published sessions that have not ended, of courses the hub still offers, soonest first, 12 to a page. " +
    "Filter by course (id or slug), time (`from`, `to`), format and words (`q`, matched in English and Spanish with stemming, " +
    "so `capacitaciones` finds “Capacitación”). Seat figures are counted at the moment of the request.",
  request: { query: SessionListQuery },
  response: { status: 200, description: "A page of sessions.", schema: SessionList },
  async handle({ services, query }) {
    const result = await searchSessions(services.db, {
      course: query.course || undefined,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      format: query.format,
      q: query.q,
      page: query.page,
      perPage: query.perPage,
      timeZone: "UTC",
      now: services.now(),
    });
    return {
      body: {
        sessions: result.sessions.map(sessionSummaryBody),
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
        perPage: result.perPage,
      },
    };
  },
});
