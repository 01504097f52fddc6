// A busy hub's history for the impact benchmark, made set-based with generate_series: 20,000 people, 2,000 sessions of
// 10 meetings, 100,000 registrations, 1,000,000 attendance rows, completions, counties, scholarships, waits and views.
import type { DatabaseHandle } from "#db/client.ts";

export const IMPACT_SCALE = { people: 20_000, sessions: 2_000, meetingsPerSession: 10, registrations: 100_000 };

/** Evaluation answers: 2,500 evaluations of 4 answers, and 715 people's before and after on the 7 items (20,010 answers). */
export const EVALUATION_SCALE = { evaluations: 2_500, selfAssessmentPairs: 715 };

/** Fills the impact tables; returns the row counts it made. */
export async function seedImpact(handle: DatabaseHandle, now: Date): Promise<Record<string, number>> {
  const { people, sessions, meetingsPerSession, registrations } = IMPACT_SCALE;
  const start = new Date(now.getTime() - 3 * 365 * 86_400_000).toISOString();
  await handle.exec(`
    INSERT INTO "user" (id, name, email, email_verified)
      SELECT 'bench-u-' || g, 'Person ' || g, 'person' || g || '@bench.example', true FROM generate_series(1, ${people}) g;
    INSERT INTO person_county (user_id, county_fips)
      SELECT 'bench-u-' || g, '41' || lpad((1 + 2 * ((g * 7) % 36))::text, 3, '0')
      FROM generate_series(1, ${people}) g WHERE g % 10 < 7;
    INSERT INTO organization (id, slug, name)
      SELECT 'bench-o-' || g, 'bench-partner-' || g, 'Partner ' || g FROM generate_series(1, 40) g;
    INSERT INTO role_grant (user_id, role)
      SELECT 'bench-u-' || g, 'trainer' FROM generate_series(1, 60) g;
    INSERT INTO course (id, slug, form, title_en, title_es, contact_minutes)
      SELECT 'bench-c-' || g, 'bench-course-' || g,
        (ARRAY['overview','core','advanced','co_reflection','training_of_trainers','other'])[g], 'Course ' || g, 'Curso ' || g, 600
      FROM generate_series(1, 6) g;
    INSERT INTO training_session (id, course_id, status, time_zone, format, capacity, starts_at, ends_at)
      SELECT 'bench-s-' || g, 'bench-c-' || (1 + g % 6),
        CASE WHEN g % 50 = 0 THEN 'cancelled' WHEN '${start}'::timestamptz + (g * interval '13 hours') < '${now.toISOString()}'::timestamptz THEN 'completed' ELSE 'published' END,
        'America/Los_Angeles', (ARRAY['in_person','online','hybrid'])[1 + g % 3], 55,
        '${start}'::timestamptz + (g * interval '13 hours'), '${start}'::timestamptz + (g * interval '13 hours') + interval '10 days'
      FROM generate_series(1, ${sessions}) g;
    INSERT INTO session_trainer (session_id, user_id, role)
      SELECT 'bench-s-' || g, 'bench-u-' || (1 + g % 60), 'lead' FROM generate_series(1, ${sessions}) g;
    INSERT INTO session_meeting (id, session_id, position, starts_at, ends_at)
      SELECT 'bench-m-' || s || '-' || p, 'bench-s-' || s, p,
        ts.starts_at + ((p - 1) * interval '1 day'), ts.starts_at + ((p - 1) * interval '1 day') + interval '1 hour'
      FROM generate_series(1, ${sessions}) s CROSS JOIN generate_series(1, ${meetingsPerSession}) p
      JOIN training_session ts ON ts.id = 'bench-s-' || s;
    INSERT INTO registration (id, session_id, user_id, status, organization_id, requested_at, queue_at, created_at)
      SELECT 'bench-r-' || g, 'bench-s-' || (1 + (g - 1) % ${sessions}),
        'bench-u-' || (1 + ((((g - 1) / ${sessions}) * 397) + (g - 1) % ${sessions}) % ${people}),
        CASE WHEN g % 20 = 0 THEN 'no_show' WHEN g % 33 = 0 THEN 'waitlisted' WHEN g % 19 = 0 THEN 'cancelled' ELSE 'confirmed' END,
        CASE WHEN g % 4 = 0 THEN 'bench-o-' || (1 + g % 40) END,
        ts.starts_at - interval '20 days' + (g % 97) * interval '1 hour', ts.starts_at - interval '20 days' + (g % 97) * interval '1 hour',
        ts.starts_at - interval '20 days'
      FROM generate_series(1, ${registrations}) g JOIN training_session ts ON ts.id = 'bench-s-' || (1 + (g - 1) % ${sessions});
    INSERT INTO attendance (registration_id, meeting_id, minutes_present, method)
      SELECT r.id, m.id, CASE WHEN r.status = 'confirmed' THEN 60 - (hashtext(r.id || m.id) & 7) ELSE 0 END, 'trainer'
      FROM registration r JOIN session_meeting m ON m.session_id = r.session_id WHERE r.id LIKE 'bench-r-%';
    INSERT INTO completion (registration_id, completed, contact_minutes, attended_minutes, ce_minutes, signed_off_at)
      SELECT r.id, (hashtext(r.id) & 15) <> 0, 600, 580, CASE WHEN (hashtext(r.id) & 15) <> 0 THEN 600 ELSE 0 END, ts.ends_at
      FROM registration r JOIN training_session ts ON ts.id = r.session_id
      WHERE r.id LIKE 'bench-r-%' AND r.status = 'confirmed' AND ts.status = 'completed';
    INSERT INTO scholarship_request (registration_id, need_statement, status, award_cents)
      SELECT id, 'benchmark', CASE WHEN hashtext(id) & 1 = 0 THEN 'awarded_full' ELSE 'declined' END, 25000
      FROM registration WHERE id LIKE 'bench-r-%' AND hashtext(id) % 50 = 0;
    INSERT INTO registration_event (registration_id, from_status, to_status, created_at)
      SELECT id, 'offered', 'confirmed', requested_at + interval '30 hours'
      FROM registration WHERE id LIKE 'bench-r-%' AND status = 'confirmed' AND hashtext(id) % 30 = 0;
    INSERT INTO session_view_daily (session_id, day, views)
      SELECT ts.id, (ts.starts_at - d * interval '1 day')::date, 5 + (hashtext(ts.id) & 31)
      FROM training_session ts CROSS JOIN generate_series(1, 30) d WHERE ts.id LIKE 'bench-s-%';
    -- Anonymous answers on the first 1,500 sessions (all in the past), each on its session's own course.
    INSERT INTO evaluation_response (id, course_id, session_id, kind, answered_month)
      SELECT 'bench-e-' || g, 'bench-c-' || (1 + (1 + g % 1500) % 6), 'bench-s-' || (1 + g % 1500), 'evaluation',
        date_trunc('month', ts.ends_at)::date
      FROM generate_series(1, ${EVALUATION_SCALE.evaluations}) g JOIN training_session ts ON ts.id = 'bench-s-' || (1 + g % 1500);
    INSERT INTO evaluation_answer (response_id, question_id, score, choice)
      SELECT 'bench-e-' || g, q, CASE WHEN q = 'pace' THEN NULL ELSE 3 + (hashtext(g || q) & 1) + (hashtext(q || g) & 1) END,
        CASE WHEN q = 'pace' THEN (ARRAY['too-slow','about-right','too-fast'])[1 + (g % 3)] END
      FROM generate_series(1, ${EVALUATION_SCALE.evaluations}) g
      CROSS JOIN unnest(ARRAY['felt-welcome','learned-together','will-use','pace']) q;
    INSERT INTO evaluation_response (id, course_id, session_id, kind, answered_month, pair_code)
      SELECT 'bench-sa-' || k || '-' || g, 'bench-c-' || (1 + (1 + g % 1500) % 6), 'bench-s-' || (1 + g % 1500), k,
        date_trunc('month', ts.ends_at)::date, 'bench-pair-' || g
      FROM generate_series(1, ${EVALUATION_SCALE.selfAssessmentPairs}) g CROSS JOIN unnest(ARRAY['pre','post']) k
      JOIN training_session ts ON ts.id = 'bench-s-' || (1 + g % 1500);
    INSERT INTO evaluation_answer (response_id, question_id, score)
      SELECT 'bench-sa-' || k || '-' || g, item, CASE WHEN k = 'pre' THEN 2 + (hashtext(g || item) & 1) ELSE 3 + (hashtext(item || g) & 1) END
      FROM generate_series(1, ${EVALUATION_SCALE.selfAssessmentPairs}) g CROSS JOIN unnest(ARRAY['pre','post']) k
      CROSS JOIN unnest(ARRAY['learning-together','relationship','hope','connection','worldview','mutuality','moving-towards']) item;
  `);
  const counts: Record<string, number> = {};
  for (const table of [
    "registration",
    "attendance",
    "completion",
    "person_county",
    "session_view_daily",
    "evaluation_answer",
  ]) {
    const [row] = await handle.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
