import { errorMessages } from '@vinhdanh/contracts';
import { movementsVi } from './movements.vi.ts';
import { peopleVi } from './people.vi.ts';
import { unitsVi } from './units.vi.ts';
import { importsVi } from './imports.vi.ts';
import { eligibilityVi } from './eligibility.vi.ts';
import { parametersVi } from './parameters.vi.ts';
import { adminVi } from './admin.vi.ts';
import { dossiersVi } from './dossiers.vi.ts';
import { portalVi } from './portal.vi.ts';
import { councilVi } from './council.vi.ts';
import { decisionsVi } from './decisions.vi.ts';

/** Vietnamese, the default language: every string the UI shows. English (en.ts) must have the same keys. */
export const vi = {
  'app.name': 'VinhDanh',
  'app.tagline': 'Hệ thống quản lý công tác thi đua, khen thưởng',
  'app.footer': 'VinhDanh — phần mềm nguồn mở phục vụ công tác thi đua, khen thưởng',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'nav.aria': 'Danh mục chức năng',
  'nav.home': 'Trang chủ',
  'nav.units': 'Tổ chức',
  'nav.people': 'Cá nhân',
  'nav.imports': 'Nhập/xuất Excel',
  'nav.users': 'Người dùng & phân quyền',
  'nav.audit': 'Nhật ký hệ thống',
  'nav.language': 'Ngôn ngữ',
  'nav.changePassword': 'Đổi mật khẩu',
  'nav.logout': 'Đăng xuất',

  'common.save': 'Lưu',
  'common.saved': 'Đã lưu thay đổi.',
  'common.cancel': 'Hủy',
  'common.edit': 'Sửa',
  'common.delete': 'Xóa',
  'common.deleted': 'Đã xóa.',
  'common.confirm': 'Đồng ý',
  'common.confirmDelete': 'Xóa mục này?',
  'common.actions': 'Thao tác',
  'common.back': 'Quay lại',
  'common.choose': 'Chọn…',
  'common.all': 'Tất cả',
  'common.filter': 'Lọc',
  'common.loading': 'Đang tải…',
  'common.noResults': 'Không có kết quả phù hợp',
  'common.note': 'Ghi chú',
  'common.yes': 'Có',
  'common.no': 'Không',
  'common.fromDate': 'Từ ngày',
  'common.toDate': 'Đến ngày',
  'common.decisionNo': 'Số quyết định',
  'common.datePlaceholder': 'dd/mm/yyyy',
  'common.rangeOfTotal': '{from}–{to} trong tổng số {total}',

  'validation.maxLength': 'Không được dài quá {max} ký tự',
  'validation.endBeforeStart': 'Ngày kết thúc không được trước ngày bắt đầu',
  'validation.chooseOne': 'Vui lòng chọn một giá trị',
  'validation.dateRequired': 'Vui lòng nhập ngày (dd/mm/yyyy)',
  'validation.year': 'Năm phải là số từ 1975 đến 2100',

  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.unexpected': 'Đã có lỗi không mong muốn. Vui lòng tải lại trang.',
  'error.VALIDATION_FAILED': errorMessages.VALIDATION_FAILED,
  'error.BAD_REQUEST': errorMessages.BAD_REQUEST,
  'error.PAYLOAD_TOO_LARGE': errorMessages.PAYLOAD_TOO_LARGE,
  'error.UNSUPPORTED_MEDIA_TYPE': errorMessages.UNSUPPORTED_MEDIA_TYPE,
  'error.IMPORT_INVALID_FILE': errorMessages.IMPORT_INVALID_FILE,
  'error.IMPORT_WRONG_HEADERS': errorMessages.IMPORT_WRONG_HEADERS,
  'error.IMPORT_HAS_ERRORS': errorMessages.IMPORT_HAS_ERRORS,
  'error.IMPORT_ALREADY_APPLIED': errorMessages.IMPORT_ALREADY_APPLIED,
  'error.UNAUTHENTICATED': errorMessages.UNAUTHENTICATED,
  'error.INVALID_CREDENTIALS': errorMessages.INVALID_CREDENTIALS,
  'error.CSRF_FAILED': errorMessages.CSRF_FAILED,
  'error.FORBIDDEN': errorMessages.FORBIDDEN,
  'error.NOT_FOUND': errorMessages.NOT_FOUND,
  'error.CONFLICT': errorMessages.CONFLICT,
  'error.VERSION_CONFLICT': errorMessages.VERSION_CONFLICT,
  'error.DUPLICATE_ID_NUMBER': errorMessages.DUPLICATE_ID_NUMBER,
  'error.DUPLICATE_USERNAME': errorMessages.DUPLICATE_USERNAME,
  'error.UNIT_MOVE_CYCLE': errorMessages.UNIT_MOVE_CYCLE,
  'error.UNIT_MERGE_INVALID': errorMessages.UNIT_MERGE_INVALID,
  'error.WEAK_PASSWORD': errorMessages.WEAK_PASSWORD,
  'error.RATE_LIMITED': errorMessages.RATE_LIMITED,
  'error.INTERNAL': errorMessages.INTERNAL,

  'errorPage.403.title': 'Không có quyền truy cập',
  'errorPage.403.text':
    'Tài khoản của bạn không được cấp quyền mở trang này. Hãy liên hệ quản trị hệ thống nếu cần.',
  'errorPage.404.title': 'Không tìm thấy trang',
  'errorPage.404.text':
    'Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc nằm ngoài phạm vi đơn vị bạn được xem.',
  'errorPage.backHome': 'Về trang chủ',

  'login.title': 'Đăng nhập',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.usernameRequired': 'Vui lòng nhập tên đăng nhập',
  'login.passwordRequired': 'Vui lòng nhập mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.expired': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  'auth.loggedOut': 'Đã đăng xuất.',

  'password.title': 'Đổi mật khẩu',
  'password.mustChange': 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.confirm': 'Nhập lại mật khẩu mới',
  'password.rule': 'Ít nhất 8 ký tự, gồm cả chữ cái và chữ số.',
  'password.currentRequired': 'Vui lòng nhập mật khẩu hiện tại',
  'password.newRequired': 'Vui lòng nhập mật khẩu mới',
  'password.confirmRequired': 'Vui lòng nhập lại mật khẩu mới',
  'password.tooShort': 'Mật khẩu phải có ít nhất 8 ký tự',
  'password.needLetter': 'Mật khẩu phải có chữ cái',
  'password.needDigit': 'Mật khẩu phải có chữ số',
  'password.mismatch': 'Hai mật khẩu không khớp nhau',
  'password.submit': 'Đổi mật khẩu',
  'password.changed': 'Đã đổi mật khẩu.',

  'home.title': 'Trang chủ',
  'home.welcome': 'Xin chào, {name}.',
  'home.units': 'Cây tổ chức các cơ quan, đơn vị, địa phương; tạo, sửa, chuyển và hợp nhất đơn vị.',
  'home.people': 'Hồ sơ cán bộ, công chức, viên chức, người lao động; kết quả hằng năm và khen thưởng.',
  'home.imports': 'Nhập dữ liệu hàng loạt từ tệp Excel theo mẫu và xuất dữ liệu ra Excel.',
  'home.users': 'Tài khoản người dùng, vai trò và phạm vi đơn vị được giao.',
  'home.audit': 'Nhật ký mọi thay đổi dữ liệu, có kiểm tra toàn vẹn.',
  'home.grants': 'Vai trò của bạn',
  'home.noGrants': 'Tài khoản chưa được giao vai trò nào.',

  'nav.group.commendation': 'Khen thưởng',
  'nav.eligibility': 'Tra cứu điều kiện',
  'nav.suggestions': 'Đề xuất khen thưởng',
  'nav.catalog': 'Danh mục khen thưởng',
  'nav.parameters': 'Tham số áp dụng',
  'home.eligibility':
    'Xem một cá nhân, tập thể có đủ điều kiện từng danh hiệu, hình thức khen thưởng không, kèm lý do và căn cứ pháp lý.',
  'home.suggestions':
    'Danh sách cá nhân, tập thể đủ điều kiện đề xuất khen thưởng theo đơn vị và năm; xuất Excel.',
  'home.catalog':
    'Các danh hiệu thi đua, hình thức khen thưởng: cấp, đối tượng, ngưỡng Hội đồng, mức tiền thưởng.',
  'home.parameters': 'Tham số quy tắc theo quy định quốc gia và của tỉnh, lương cơ sở, lịch nghỉ.',

  ...peopleVi,
  ...unitsVi,
  ...importsVi,
  ...eligibilityVi,
  ...parametersVi,
  ...adminVi,
  ...movementsVi,
  ...dossiersVi,
  ...portalVi,
  ...councilVi,
  ...decisionsVi,
} as const;

export type MessageKey = keyof typeof vi;
