//! The ladder's words: salary bands, requirements, what is missing, readiness, the rule of
//! hire-or-upskill. Every figure comes from the backend; this only puts it into the active
//! language (German numbers: "52.000", "2,0", "75 %"). Nothing here decides who is ready.
import type { FitRule, Gap, Missing, Need, Recommendation } from '../../bindings.gen';
import { t } from '../../lib/i18n/index.svelte';
import { formatNumber, intlTag } from '../../lib/i18n/format';

/** Whole euros without the currency sign: 52000 → "52.000". */
function euros(value: number): string {
  return formatNumber(value);
}

/** A salary band: "52.000 – 64.000 €/Jahr", "ab 52.000 €/Jahr", "bis 64.000 €/Jahr", or none. */
export function bandText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t('ladder.band.range', { min: euros(min), max: euros(max) });
  if (min !== null) return t('ladder.band.from', { min: euros(min) });
  if (max !== null) return t('ladder.band.to', { max: euros(max) });
  return t('ladder.band.none');
}

/** A maturity index as written on the ladder: one decimal at least, two at most ("2,0", "1,25"). */
export function indexText(value: number): string {
  return new Intl.NumberFormat(intlTag(), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

/** A share 0–100 as "75 %". */
export function percentText(value: number): string {
  return new Intl.NumberFormat(intlTag(), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A requirement as the ladder states it: "G2 Prompt Engineering ≥ Stufe 2". */
export function needText(need: Need): string {
  switch (need.kind) {
    case 'competency':
      return t('ladder.need.competency', { code: need.code, name: need.name, level: need.minLevel });
    case 'maturity':
      return t('ladder.need.maturity', { index: indexText(need.minIndex) });
    case 'learningPath':
      return t('ladder.need.learningPath', { name: need.name });
    case 'pilotTeam':
      return t('ladder.need.pilotTeam');
    case 'mentoring':
      return t('ladder.need.mentoring');
  }
}

/** What keeps someone from the next stage: "G2 Prompt Engineering: Stufe 1 statt 2". */
export function missingText(missing: Missing): string {
  switch (missing.kind) {
    case 'competency':
      return missing.level === null
        ? t('ladder.missing.competencyNone', { code: missing.code, name: missing.name, required: missing.required })
        : t('ladder.missing.competency', {
            code: missing.code,
            name: missing.name,
            level: missing.level,
            required: missing.required,
          });
    case 'maturity':
      return missing.index === null
        ? t('ladder.missing.maturityNone', { required: indexText(missing.required) })
        : t('ladder.missing.maturity', { index: indexText(missing.index), required: indexText(missing.required) });
    case 'learningPath':
      return t('ladder.missing.learningPath', { name: missing.name });
    case 'pilotTeam':
      return t('ladder.missing.pilotTeam');
    case 'mentoring':
      return t('ladder.missing.mentoring');
  }
}

/** A gap to a role's target as a chip: "G2 1→3" ("G2 –→3" when not assessed). */
export function gapChip(gap: Gap): string {
  return t('ladder.hire.gap', { code: gap.code, level: gap.level === null ? t('common.dash') : gap.level, required: gap.required });
}

/** The gap in full words, for the chip's title and screen readers. */
export function gapTitle(gap: Gap): string {
  return gap.level === null
    ? t('ladder.hire.gapTitleNone', { code: gap.code, name: gap.name, required: gap.required })
    : t('ladder.hire.gapTitle', { code: gap.code, name: gap.name, level: gap.level, required: gap.required });
}

/** The documented rule, with the weights and the threshold the backend computes with. */
export function ruleText(rule: FitRule): string {
  return t('ladder.hire.rule', {
    coverage: percentText(rule.coverageWeight),
    interest: percentText(rule.interestWeight),
    communication: percentText(rule.communicationWeight),
    threshold: formatNumber(rule.threshold),
  });
}

/** The recommendation for a role in words. */
export function recommendationText(recommendation: Recommendation, rule: FitRule): string {
  switch (recommendation) {
    case 'train':
      return t('ladder.hire.train');
    case 'hire':
      return t('ladder.hire.hire', { threshold: formatNumber(rule.threshold) });
    case 'noProfile':
      return t('ladder.hire.noProfile');
  }
}
