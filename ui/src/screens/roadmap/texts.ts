//! The roadmap's words for its items, phases and proofs, worded as the core words them
//! (core/src/texts: roadmap_item, roadmap_phase, roadmap_evidence) so that screen, CLI and
//! PDF say the same. The counts come from the backend; this only puts them into sentences.
import type { Evidence, ItemKey } from '../../bindings.gen';
import { t } from '../../lib/i18n/index.svelte';
import { formatNumber } from '../../lib/i18n/format';

export function itemTitle(key: ItemKey): string {
  return t(`roadmap.item.${key}`);
}

/** The proof sentence of an item that ticks itself: "112 von 140 Mitarbeitenden bewertet (80 %)". */
export function evidenceText(evidence: Evidence): string {
  const n = formatNumber;
  switch (evidence.kind) {
    case 'assessed': {
      // Whole per cent rounded down, as the core words it: 159 of 200 is 79 %, never 80 %.
      const percent = evidence.active === 0 ? 0 : Math.floor((evidence.assessed * 100) / evidence.active);
      return t('roadmap.evidence.assessed', { assessed: n(evidence.assessed), active: n(evidence.active), percent: n(percent) });
    }
    case 'scored':
      return evidence.scored === 1 ? t('roadmap.evidence.scoredOne') : t('roadmap.evidence.scored', { count: n(evidence.scored) });
    case 'withGoals':
      return evidence.count === 1 ? t('roadmap.evidence.withGoalsOne') : t('roadmap.evidence.withGoals', { count: n(evidence.count) });
    case 'ofRunning':
      return evidence.running === 0
        ? t('roadmap.evidence.noneRunning')
        : t('roadmap.evidence.ofRunning', { met: n(evidence.met), running: n(evidence.running) });
    case 'informed':
      if (evidence.running === 0) return t('roadmap.evidence.noneRunning');
      if (evidence.concerned === 0) return t('roadmap.evidence.noneConcerned');
      return t('roadmap.evidence.informed', { informed: n(evidence.informed), concerned: n(evidence.concerned) });
    case 'lessons':
      return evidence.ran === 0
        ? t('roadmap.evidence.noneRan')
        : t('roadmap.evidence.lessons', { documented: n(evidence.documented), ran: n(evidence.ran) });
    case 'scaling':
      if (evidence.count === 0) return t('roadmap.evidence.noneScaling');
      return evidence.count === 1 ? t('roadmap.evidence.scalingOne') : t('roadmap.evidence.scaling', { count: n(evidence.count) });
  }
}

/** The day after `iso`: an item due on a day is overdue from the next one. */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
