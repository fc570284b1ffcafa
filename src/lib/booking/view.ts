/** What the /book/ page hands to the booking components: plain data, already looked up. */
import type { Urgency } from '../../schemas/articles';

export interface SafetyGroupView {
  urgency: Urgency;
  /** The answer's field name, e.g. emergency_signs. */
  field: string;
  /** Short label shown above the question, e.g. "Emergency signs". */
  tag: string;
  legend: string;
  /** The red flags' yes/no questions, in the collection's order. */
  checks: { check: string; title: string }[];
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export interface PracticeContact {
  name: string;
  phone: string;
  email: string;
}
