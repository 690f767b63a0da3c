import {
  HANDLING_CODE_LABELS,
  INTELLIGENCE_GRADE_LABELS,
  SOURCE_GRADE_LABELS,
  type HandlingCode,
  type IntelligenceGrade,
  type SourceGrade,
} from '@sentinel/shared';

type Grading = { sourceGrade: SourceGrade; intelligenceGrade: IntelligenceGrade; handling: HandlingCode };

// "1 - Reliable" -> "Reliable": the code is shown on its own beside the words.
const words = (label: string) => label.replace(/^\S+\s+-\s+/, '');

export function gradingCode(g: Grading): string {
  return `${g.sourceGrade.replace(/^S/, '')} / ${g.intelligenceGrade} / ${g.handling}`;
}

export function gradingWords(g: Grading): string {
  return [SOURCE_GRADE_LABELS[g.sourceGrade], INTELLIGENCE_GRADE_LABELS[g.intelligenceGrade], HANDLING_CODE_LABELS[g.handling]].map(words).join('; ');
}
