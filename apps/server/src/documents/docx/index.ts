export { renderNomineeList } from '../xlsx/nominee-list.ts';
export { renderAchievementReport } from './achievement-report.ts';
export { renderSubmissionLetter } from './submission-letter.ts';
export type {
  AchievementReportInput,
  NomineeListInput,
  OfficialHeader,
  Signer,
  SubmissionLetterInput,
  SubmissionNominee,
} from './types.ts';
