// How long each form of training is at this hub, taken from its courses (contact hours) and their upcoming sessions
// (days with a meeting), so "Learn IPS" never states a length the hub's own trainings contradict.
import type { CourseForm } from "./catalog.ts";

/** One course as the lengths need it: its contact time, and the number of meeting days of each upcoming session. */
export type CourseLengthFacts = {
  form: CourseForm;
  contactMinutes: number;
  upcomingSessionDays: readonly number[];
};

/** A range: equal ends when every course (or session) agrees. */
export type Span = { min: number; max: number };

export type FormLength = {
  form: CourseForm;
  /** Contact hours across the form's courses, to the quarter hour. */
  hours: Span;
  /** Meeting days across the form's upcoming sessions; null when none is scheduled. */
  days: Span | null;
  upcomingSessions: number;
};

function span(values: readonly number[]): Span | null {
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
}

/** Hours to the nearest quarter, the precision a length is stated in ("3.5 hours", not "3.4833 hours"). */
export function contactHours(minutes: number): number {
  return Math.round(minutes / 15) / 4;
}

/** The length of each form the hub offers; a form without a course is absent, so the page can say so. */
export function lengthsByForm(courses: readonly CourseLengthFacts[]): Map<CourseForm, FormLength> {
  const byForm = new Map<CourseForm, CourseLengthFacts[]>();
  for (const course of courses) byForm.set(course.form, [...(byForm.get(course.form) ?? []), course]);
  const lengths = new Map<CourseForm, FormLength>();
  for (const [form, list] of byForm) {
    const days = list.flatMap((course) => course.upcomingSessionDays).filter((n) => n > 0);
    lengths.set(form, {
      form,
      hours: span(list.map((course) => contactHours(course.contactMinutes)))!,
      days: span(days),
      upcomingSessions: list.reduce((sum, course) => sum + course.upcomingSessionDays.length, 0),
    });
  }
  return lengths;
}
