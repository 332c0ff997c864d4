//! Import issues and plans in words: one translated reason per IssueKind, and the small
//! facts the import dialog shows about a plan.
import type { ImportPlan, IssueKind } from '../../bindings.gen';
import { t } from '../../lib/i18n/index.svelte';

/** The translated reason for an import issue (without line and column). */
export function issueReason(kind: IssueKind): string {
  switch (kind.kind) {
    case 'fileTooLarge':
      return t('issue.fileTooLarge', { max: kind.maxMegabytes });
    case 'fileNotReadable':
      return t('issue.fileNotReadable');
    case 'emptyFile':
      return t('issue.emptyFile');
    case 'noDataRows':
      return t('issue.noDataRows');
    case 'sheetNotFound':
      return t('issue.sheetNotFound', { name: kind.name });
    case 'missingColumn':
      return t('issue.missingColumn', { name: kind.name });
    case 'duplicateColumn':
      return t('issue.duplicateColumn', { name: kind.name });
    case 'unknownColumn':
      return t('issue.unknownColumn', { name: kind.name });
    case 'empty':
      return t('issue.empty');
    case 'tooLong':
      return t('issue.tooLong', { max: kind.max });
    case 'badLevel':
      return t('issue.badLevel', { value: kind.value });
    case 'duplicatePersonnelNumber':
      return t('issue.duplicatePersonnelNumber', { line: kind.firstLine });
    case 'unknownDepartment':
      return `${t('issue.unknownDepartment', { name: kind.name })} ${t('issue.createHint')}`;
    case 'unknownRole':
      return `${t('issue.unknownRole', { name: kind.name })} ${t('issue.createHint')}`;
  }
}

/** True when importing the plan would not change anything. */
export function changesNothing(plan: ImportPlan): boolean {
  return (
    plan.newEmployees.length === 0 &&
    plan.updatedEmployees.length === 0 &&
    plan.levelChanges.length === 0 &&
    plan.newDepartments.length === 0 &&
    plan.newRoles.length === 0
  );
}
