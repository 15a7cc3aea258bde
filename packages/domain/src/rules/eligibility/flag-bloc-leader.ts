/**
 * Provincial (ministry) Emulation Flag, Law 06/2022 Art. 26.1 as restated in QĐ 86/2025 Bắc Ninh
 * Art. 3.1 [V-P]: annual award to the collective leading a cluster or bloc (cụm, khối thi đua) that the
 * province organises — only member units are eligible (§10 case 33) — having exceeded its targets and
 * being an outstanding exemplar of the province. Alternative route: leading a thematic movement of
 * ≥ 3 years when it is summed up (TT 15/2025/TT-BXD [V-Q]; Law wording [M]). How many leaders per bloc
 * may be proposed is the parameter `flagLeadersPerBloc` [M].
 */
import { type EligibilityRule, makeReason } from './context.ts';

const OK_BLOC = {
  vi: 'Là đơn vị dẫn đầu cụm, khối thi đua do tỉnh tổ chức, vượt chỉ tiêu và là điển hình tiêu biểu của tỉnh.',
  en: 'Leads a province-run emulation bloc, exceeded its targets and is an outstanding exemplar of the province.',
};
const OK_THEMATIC = {
  vi: 'Dẫn đầu phong trào thi đua chuyên đề từ 03 năm trở lên khi sơ kết, tổng kết.',
  en: 'Leads a thematic movement of 3 years or more at its review.',
};
const NOT_MEMBER = {
  vi: 'Không là thành viên cụm, khối thi đua do tỉnh tổ chức: không thuộc đối tượng xét Cờ thi đua hằng năm.',
  en: 'Not a member of a province-run cluster or bloc: outside the annual Flag route.',
};
const NOT_LEADER = {
  vi: 'Không phải đơn vị dẫn đầu cụm, khối thi đua.',
  en: 'Not the leading unit of its bloc.',
};
const NOT_OUTSTANDING = {
  vi: 'Chưa vượt chỉ tiêu thi đua hoặc chưa là điển hình tiêu biểu của tỉnh.',
  en: 'Did not exceed its targets or is not an outstanding exemplar of the province.',
};
const CITATION = 'Luật TĐKT Điều 26.1; QĐ 86/2025 Bắc Ninh Điều 3.1';

export const flagBlocLeaderRule: EligibilityRule = {
  id: 'flag-bloc-leader',
  evaluate(ctx) {
    const thematicYears = ctx.subject.attestations?.thematicMovementLeaderYears ?? 0;
    if (thematicYears >= ctx.params.thematicFlagMinYears) {
      return makeReason(this.id, true, OK_THEMATIC, 'Luật TĐKT Điều 26; TT 15/2025/TT-BXD', 'S', {
        thematicYears,
      });
    }
    const bloc = ctx.subject.bloc;
    const organiser =
      ctx.entry.code === 'CO_TINH' ? ['province', 'ministry'] : ['central', 'province', 'ministry'];
    if (!bloc || !organiser.includes(bloc.organisedBy)) {
      return makeReason(this.id, false, NOT_MEMBER, CITATION, 'V-P', { bloc: bloc ?? null });
    }
    const facts = { blocId: bloc.blocId, rank: bloc.rank, leadersAllowed: ctx.params.flagLeadersPerBloc };
    if (bloc.rank < 1 || bloc.rank > ctx.params.flagLeadersPerBloc)
      return makeReason(this.id, false, NOT_LEADER, CITATION, 'V-P', facts);
    if (!bloc.exceededTargets || !bloc.outstandingInProvince)
      return makeReason(this.id, false, NOT_OUTSTANDING, CITATION, 'V-P', facts);
    return makeReason(this.id, true, OK_BLOC, CITATION, 'V-P', facts);
  },
};
