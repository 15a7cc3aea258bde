/**
 * Agencies charged with tasks: "Sở Nội vụ chủ trì hướng dẫn…", "UBND tỉnh giao Thường trực Hội đồng…
 * phối hợp…", "Riêng đối với các huyện… tổ chức thực hiện…", and the official layout "1. Sở Nội vụ:" with
 * bullet lines below. The agency is what stands before the first task verb; verbs are matched in lower
 * case so a capitalised name part ("Ban Chỉ đạo", "Hội đồng Thi đua") is never cut. Sentences that follow
 * in the same paragraph and start with a verb ("Hướng dẫn các cơ quan…") continue the same task.
 */
import { findDates } from './dates.ts';
import { foldForMatch } from './fold.ts';
import type { Sentence } from './sentences.ts';
import type { AssignedAgency, Extracted, PartialDate } from './types.ts';

const PREFIX =
  /^(?:[-+•*]\s*|\(?\d{1,2}(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)?(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)(?:\s+(?:tỉnh|thành phố|huyện|xã))?\s+giao\s+(?:cho\s+)?|Giao\s+(?:cho\s+)?|Đề nghị\s+|Riêng\s+(?:đối với\s+)?|Yêu cầu\s+)?/u;
const HEAD =
  /^(?:Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Hội đồng|Thường trực|Văn phòng|Thanh tra|Công an|Liên đoàn|Tỉnh đoàn|Đoàn|Hội(?! nghị)|Mặt trận|Báo|Đài|Cục|Chi cục|Kho bạc|Bảo hiểm|Ngân hàng|Bệnh viện|Trung tâm|Phòng|Chủ tịch|Giám đốc|Thủ trưởng|Cơ quan|Tòa án|Viện|[Cc]ác (?:sở|cơ quan|đơn vị|địa phương|huyện|xã|phường|ban|ngành|Sở|doanh nghiệp|trường|Đảng ủy|hội|tổ chức))(?![\p{L}])/u;
const VERBS =
  'chủ trì|phối hợp|hướng dẫn|tuyên truyền|chỉ đạo|xây dựng|theo dõi|tổng hợp|tham mưu|thẩm định|tổ chức|triển khai|có trách nhiệm|chịu trách nhiệm|căn cứ|kiểm tra|đôn đốc|bố trí|bảo đảm|đảm bảo|thực hiện|định hướng|cử|báo cáo|rà soát|đề xuất|xét|lựa chọn|phát động|quán triệt|giám sát|cân đối|đưa tin|tăng cường|tiếp tục|cần|phải|khẩn trương|chủ động|tích cực|trình|gửi|lập|vận động|hỗ trợ';
const VERB = new RegExp(`(?<![\\p{L}])(?:${VERBS})(?![\\p{L}])`, 'u');
const STARTS_WITH_VERB = new RegExp(`^(?:${VERBS})(?![\\p{L}])`, 'iu');
const NOT_A_NAME = /(?<![\p{L}])(?:vừa|đã|đang|sẽ|ban hành|được|là|về|nhằm|để|trong|có)(?![\p{L}])/u;
const DUE = /(?<![\p{L}])(?:truoc|cham nhat(?: la)?|han chot|khong qua|xong truoc)\s+$/u;

interface Clause {
  agency: string;
  taskOffset: number;
}

/** Agency and where its task begins, when `clause` opens with an agency followed by a verb or ":". */
export function parseAssignment(clause: string, isWholeLine = false): Clause | null {
  const prefix = PREFIX.exec(clause)?.[0] ?? '';
  const rest = clause.slice(prefix.length);
  const head = HEAD.exec(rest);
  if (!head) return null;
  const verb = VERB.exec(rest.slice(head[0].length));
  const verbAt = verb ? head[0].length + (verb.index ?? 0) : -1;
  const colonAt = rest.indexOf(':');
  const cut = colonAt > 0 && (verbAt < 0 || colonAt < verbAt) ? colonAt : verbAt;
  if (cut < 0 && !isWholeLine) return null;
  const agency = (cut < 0 ? rest : rest.slice(0, cut))
    .trim()
    .replace(/[,:]+$/, '')
    .trim();
  if (!agency || NOT_A_NAME.test(agency) || agency.split(/\s+/).length > 20) return null;
  if (cut < 0 && (agency.length > 80 || /[.;]/.test(agency))) return null;
  const afterCut = cut < 0 ? rest.length : cut === colonAt ? cut + 1 : cut;
  const taskOffset =
    prefix.length + afterCut + (rest.slice(afterCut).length - rest.slice(afterCut).trimStart().length);
  return { agency, taskOffset };
}

function dueDateOf(task: string): PartialDate | null {
  const folded = foldForMatch(task);
  return (
    findDates(task).find((d) => DUE.test(folded.slice(Math.max(0, d.start - 20), d.start)))?.date ?? null
  );
}

interface Open {
  agency: string;
  /** Null while an "1. Sở Nội vụ:" heading still waits for its bullet lines. */
  taskStart: number | null;
  taskEnd: number;
  first: Sentence;
  last: Sentence;
  byHeading: boolean;
}

function close(text: string, open: Open): Extracted<AssignedAgency> | null {
  if (open.taskStart === null) return null;
  const task = text
    .slice(open.taskStart, open.taskEnd)
    .trim()
    .replace(/[\s.;:,…]+$/, '');
  if (!task) return null;
  const source = {
    sentence: text.slice(open.first.start, open.last.end),
    start: open.first.start,
    end: open.last.end,
  };
  return { value: { agency: open.agency, task, dueDate: dueDateOf(task) }, source };
}

export function extractAssignedAgencies(text: string, sentences: Sentence[]): Extracted<AssignedAgency>[] {
  const out: Extracted<AssignedAgency>[] = [];
  let open: Open | null = null;
  const finish = () => {
    const done = open && close(text, open);
    if (done) out.push(done);
    open = null;
  };
  for (const s of sentences) {
    let clauseStart = 0;
    for (const [index, clause] of s.text.split(';').entries()) {
      const found = parseAssignment(clause.trimStart(), s.wholeLine && index === 0 && !s.text.includes(';'));
      const at = s.start + clauseStart + (clause.length - clause.trimStart().length);
      const end = s.start + clauseStart + clause.length;
      const isBullet = index === 0 && /^\s*(?:[-+•*]|[a-zđ]\))/u.test(clause);
      if (found) {
        finish();
        const head = clause.trimStart().slice(0, found.taskOffset).trimEnd();
        const byHeading = found.taskOffset >= clause.trimStart().length || head.endsWith(':');
        open = {
          agency: found.agency,
          taskStart: byHeading ? null : at + found.taskOffset,
          taskEnd: end,
          first: s,
          last: s,
          byHeading,
        };
      } else if (open) {
        const continues =
          index > 0 ||
          (s.line === open.last.line && STARTS_WITH_VERB.test(s.text)) ||
          (open.byHeading && s.line > open.last.line && (isBullet || STARTS_WITH_VERB.test(s.text)));
        if (!continues) finish();
        else {
          open.taskStart ??= at;
          open.taskEnd = end;
          open.last = s;
        }
      }
      clauseStart += clause.length + 1;
    }
  }
  finish();
  return out;
}
