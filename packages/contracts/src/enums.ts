import { z } from 'zod';

/** An enum with its Vietnamese and English labels, shared by the server (validation) and the web (display). */
export function labelled<const T extends readonly [string, ...string[]]>(
  values: T,
  vi: Record<T[number], string>,
  en: Record<T[number], string>,
) {
  return { values, schema: z.enum(values), vi, en };
}

export const unitKinds = labelled(
  [
    'agency',
    'public_service',
    'enterprise',
    'commune',
    'village',
    'school',
    'hospital',
    'armed_forces',
    'mass_org',
    'party_org',
    'other',
  ] as const,
  {
    agency: 'Cơ quan hành chính',
    public_service: 'Đơn vị sự nghiệp công lập',
    enterprise: 'Doanh nghiệp',
    commune: 'Xã, phường, đặc khu',
    village: 'Thôn, tổ dân phố',
    school: 'Trường học',
    hospital: 'Bệnh viện, cơ sở y tế',
    armed_forces: 'Lực lượng vũ trang',
    mass_org: 'Tổ chức chính trị – xã hội',
    party_org: 'Cơ quan Đảng',
    other: 'Khác',
  },
  {
    agency: 'Administrative agency',
    public_service: 'Public service unit',
    enterprise: 'Enterprise',
    commune: 'Commune, ward, special zone',
    village: 'Village, residential group',
    school: 'School',
    hospital: 'Hospital, health facility',
    armed_forces: 'Armed forces',
    mass_org: 'Mass organisation',
    party_org: 'Party body',
    other: 'Other',
  },
);

/** District level exists only for history: it was abolished from 01/07/2025. */
export const unitLevels = labelled(
  ['province', 'district', 'commune', 'village'] as const,
  { province: 'Cấp tỉnh', district: 'Cấp huyện (lịch sử)', commune: 'Cấp xã', village: 'Thôn, tổ dân phố' },
  { province: 'Province', district: 'District (history)', commune: 'Commune', village: 'Village' },
);

export const sexes = labelled(
  ['male', 'female'] as const,
  { male: 'Nam', female: 'Nữ' },
  { male: 'Male', female: 'Female' },
);

export const staffCategories = labelled(
  ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'luc_luong_vu_trang', 'khac'] as const,
  {
    can_bo: 'Cán bộ',
    cong_chuc: 'Công chức',
    vien_chuc: 'Viên chức',
    nguoi_lao_dong: 'Người lao động',
    luc_luong_vu_trang: 'Lực lượng vũ trang',
    khac: 'Khác',
  },
  {
    can_bo: 'Elected official',
    cong_chuc: 'Civil servant',
    vien_chuc: 'Public employee',
    nguoi_lao_dong: 'Worker',
    luc_luong_vu_trang: 'Armed forces',
    khac: 'Other',
  },
);

export const ratings = labelled(
  ['HTXS', 'HTT', 'HT', 'KHT'] as const,
  {
    HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
    HTT: 'Hoàn thành tốt nhiệm vụ',
    HT: 'Hoàn thành nhiệm vụ',
    KHT: 'Không hoàn thành nhiệm vụ',
  },
  { HTXS: 'Excellent', HTT: 'Good', HT: 'Done', KHT: 'Not done' },
);

/** Ordered by severity (Law on Cadres and Civil Servants; Decree 172/2025 for the current list). */
export const disciplineLevels = labelled(
  ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const,
  {
    khien_trach: 'Khiển trách',
    canh_cao: 'Cảnh cáo',
    ha_bac_luong: 'Hạ bậc lương',
    giang_chuc: 'Giáng chức',
    cach_chuc: 'Cách chức',
    buoc_thoi_viec: 'Buộc thôi việc',
  },
  {
    khien_trach: 'Reprimand',
    canh_cao: 'Warning',
    ha_bac_luong: 'Salary downgrade',
    giang_chuc: 'Demotion',
    cach_chuc: 'Dismissal from post',
    buoc_thoi_viec: 'Forced resignation',
  },
);

export const initiativeKinds = labelled(
  ['initiative', 'research'] as const,
  { initiative: 'Sáng kiến', research: 'Đề tài khoa học' },
  { initiative: 'Initiative', research: 'Research work' },
);

export const recognitionLevels = labelled(
  ['unit', 'commune', 'district', 'province', 'ministry', 'national'] as const,
  {
    unit: 'Cấp cơ sở',
    commune: 'Cấp xã',
    district: 'Cấp huyện',
    province: 'Cấp tỉnh',
    ministry: 'Cấp bộ, ngành',
    national: 'Toàn quốc',
  },
  {
    unit: 'Unit',
    commune: 'Commune',
    district: 'District',
    province: 'Province',
    ministry: 'Ministry',
    national: 'National',
  },
);

export const leaveKinds = labelled(
  ['maternity', 'sick', 'study', 'other'] as const,
  { maternity: 'Nghỉ thai sản', sick: 'Nghỉ ốm dài ngày', study: 'Đi học dài hạn', other: 'Nghỉ khác' },
  { maternity: 'Maternity leave', sick: 'Long sick leave', study: 'Long-term study', other: 'Other leave' },
);

export const awardKinds = labelled(
  ['regular', 'campaign', 'thematic', 'adhoc', 'career', 'seniority', 'foreign'] as const,
  {
    regular: 'Thường xuyên (công trạng)',
    campaign: 'Theo đợt',
    thematic: 'Theo chuyên đề',
    adhoc: 'Đột xuất',
    career: 'Quá trình cống hiến',
    seniority: 'Niên hạn',
    foreign: 'Đối ngoại',
  },
  {
    regular: 'Regular (merit)',
    campaign: 'Campaign',
    thematic: 'Thematic',
    adhoc: 'Ad-hoc',
    career: 'Career contribution',
    seniority: 'Seniority',
    foreign: 'Foreign',
  },
);

export const issuerLevels = labelled(
  ['president', 'prime_minister', 'ministry', 'province', 'district', 'commune', 'unit'] as const,
  {
    president: 'Chủ tịch nước',
    prime_minister: 'Thủ tướng Chính phủ',
    ministry: 'Bộ, ban, ngành Trung ương',
    province: 'Chủ tịch UBND tỉnh',
    district: 'Chủ tịch UBND huyện',
    commune: 'Chủ tịch UBND xã',
    unit: 'Thủ trưởng cơ quan, đơn vị',
  },
  {
    president: 'President',
    prime_minister: 'Prime Minister',
    ministry: 'Ministry',
    province: 'Provincial chairman',
    district: 'District chairman',
    commune: 'Commune chairman',
    unit: 'Unit head',
  },
);

export type UnitKind = (typeof unitKinds.values)[number];
export type UnitLevel = (typeof unitLevels.values)[number];
export type Sex = (typeof sexes.values)[number];
export type StaffCategory = (typeof staffCategories.values)[number];
export type Rating = (typeof ratings.values)[number];
export type DisciplineLevel = (typeof disciplineLevels.values)[number];
export type InitiativeKind = (typeof initiativeKinds.values)[number];
export type RecognitionLevel = (typeof recognitionLevels.values)[number];
export type LeaveKind = (typeof leaveKinds.values)[number];
export type AwardKind = (typeof awardKinds.values)[number];
export type IssuerLevel = (typeof issuerLevels.values)[number];
