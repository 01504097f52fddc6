// The words of the catalog: forms of IPS training, session formats and states, price tiers, application questions.
export const courseForms = ["overview", "core", "advanced", "co_reflection", "training_of_trainers", "other"] as const;
export type CourseForm = (typeof courseForms)[number];

export const sessionFormats = ["in_person", "online", "hybrid"] as const;
export type SessionFormat = (typeof sessionFormats)[number];

/** draft → published → completed; draft or published → cancelled. */
export const sessionStatuses = ["draft", "published", "cancelled", "completed"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const priceTierKinds = ["standard", "sponsored", "sliding_scale", "free"] as const;
export type PriceTierKind = (typeof priceTierKinds)[number];

/** One way to pay for a seat. Money is integer cents in the hub's currency. */
export type PriceTier = {
  kind: PriceTierKind;
  /** Standard price; for a sliding scale the suggested amount. */
  amountCents: number;
  /** Sliding scale only: the least a person may choose. */
  minimumCents?: number;
  /** Sponsored only: the organization paying. */
  organizationId?: string | null;
};

export const questionKinds = ["text", "choice", "checkbox"] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** An application question a course asks; a sensitive answer is seen only by admins and the session's trainers. */
export type CourseQuestion = {
  id: string;
  kind: QuestionKind;
  labelEn: string;
  labelEs: string;
  /** choice and checkbox: the options people pick from. */
  options?: { value: string; labelEn: string; labelEs: string }[];
  required: boolean;
  sensitive: boolean;
  /**
   * Sensitive only: months after the session ends that the answers are kept, instead of the hub's period for sensitive
   * answers (decision 0040). Absent or null: the hub's period.
   */
  retentionMonths?: number | null;
};

/** CE categories a course can carry hours in; the names the seeded certification rule sets count. */
export const ceCategories = [
  "general",
  "suicide_prevention",
  "oral_health",
  "ethics",
  "peer_support_recovery",
  "cultural_responsiveness",
  "trauma_informed",
] as const;
export type CeCategory = (typeof ceCategories)[number];
