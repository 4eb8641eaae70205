import { type Issue, type Locale, formatIssue } from '@papi/core';

/** Codes of the collector's own answers (core's issue codes cover the fields of a record). */
export type ErrorCode =
  | 'invalid-body'
  | 'invalid-query'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'too-deep'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'bad-request'
  | 'not-found'
  | 'origin-not-allowed'
  | 'unauthorized'
  | 'token-required'
  | 'token-invalid'
  | 'token-wrong-unit'
  | 'exports-disabled'
  | 'id-conflict'
  | 'invalid-receipt'
  | 'unknown-receipt'
  | 'internal'
  | 'storage-failed'
  | 'storage-unavailable';

/** Issue codes the collector adds to core's, for text that is well-formed JSON but not acceptable text. */
export type ExtraIssueCode = 'control-character' | 'unpaired-surrogate';

export interface ApiIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly issues?: readonly ApiIssue[] };
}

type Params = Readonly<Record<string, string | number>>;
type Catalogue = Readonly<Record<ErrorCode | ExtraIssueCode, string>>;

const en: Catalogue = {
  'invalid-body': 'The request body has {count} problem(s): {list}',
  'invalid-query': 'The query has {count} problem(s): {list}',
  'invalid-utf8': 'The request body is not valid UTF-8 text.',
  'invalid-json': 'The request body is not valid JSON.',
  'too-deep': 'The JSON is nested more than {max} levels deep.',
  'body-too-large': 'The request body is larger than {max} bytes.',
  'unsupported-media-type': 'Send the body as JSON with Content-Type: application/json (UTF-8).',
  'rate-limited': 'Too many requests from this client; try again in {seconds} seconds.',
  'bad-request': 'The request is malformed ({detail}).',
  'not-found': 'There is no {method} {path} here. See GET /api/health for the service.',
  'origin-not-allowed': 'This collector does not accept requests from the page at {origin}.',
  unauthorized: 'The exports need the export token: Authorization: Bearer <token>.',
  'token-required':
    "Sending in a unit's name needs the unit's token, issued by Phòng Nội vụ: Authorization: Bearer <token>.",
  'token-invalid':
    'The unit token is not valid here: it is unknown to this collector or has been revoked. Ask Phòng Nội vụ for a new one.',
  'token-wrong-unit': 'This token belongs to the unit {tokenUnit}; it cannot send for the unit {unit}.',
  'exports-disabled': 'Exports are turned off: the collector was started without PAPI_EXPORT_TOKEN.',
  'id-conflict':
    'The id {id} was already used for a different record, which stands unchanged. Send new content with a new id.',
  'invalid-receipt':
    'This is not a receipt code: a code has 8 letters and digits, written like K7MQ-3XPD. Check it on the receipt.',
  'unknown-receipt':
    'No feedback has the receipt code {receipt}. Check the code; feedback sent without a connection gets its code once it arrives.',
  internal: 'The collector could not handle this request; it has not been stored. Please try again later.',
  'storage-failed':
    'The collector stores nothing more: its disk failed to save a record. Nothing of this request was kept; send it again once the service is back.',
  'storage-unavailable': 'The collector cannot read its database ({detail}).',
  'control-character': 'contains the control character U+{code}',
  'unpaired-surrogate': 'contains broken Unicode text (an unpaired surrogate)',
};

const vi: Catalogue = {
  'invalid-body': 'Nội dung gửi lên có {count} lỗi: {list}',
  'invalid-query': 'Tham số truy vấn có {count} lỗi: {list}',
  'invalid-utf8': 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ.',
  'invalid-json': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'too-deep': 'JSON lồng nhau sâu quá {max} cấp.',
  'body-too-large': 'Nội dung gửi lên vượt quá {max} byte.',
  'unsupported-media-type': 'Hãy gửi nội dung dạng JSON với Content-Type: application/json (UTF-8).',
  'rate-limited': 'Gửi quá nhiều yêu cầu; vui lòng thử lại sau {seconds} giây.',
  'bad-request': 'Yêu cầu bị lỗi ({detail}).',
  'not-found': 'Không có {method} {path} ở đây. Xem GET /api/health.',
  'origin-not-allowed': 'Dịch vụ không nhận yêu cầu từ trang {origin}.',
  unauthorized: 'Cần mã xuất dữ liệu: Authorization: Bearer <mã>.',
  'token-required':
    'Gửi thay mặt một đơn vị cần mã xác thực của đơn vị đó do Phòng Nội vụ cấp: Authorization: Bearer <mã>.',
  'token-invalid':
    'Mã xác thực của đơn vị không hợp lệ: dịch vụ không biết mã này hoặc mã đã bị thu hồi. Hãy đề nghị Phòng Nội vụ cấp mã mới.',
  'token-wrong-unit': 'Mã này là của đơn vị {tokenUnit}; không dùng được để gửi cho đơn vị {unit}.',
  'exports-disabled': 'Chức năng xuất dữ liệu đang tắt: dịch vụ khởi động không có PAPI_EXPORT_TOKEN.',
  'id-conflict':
    'Mã {id} đã được dùng cho một bản ghi khác, bản ghi đó được giữ nguyên. Hãy gửi nội dung mới với mã mới.',
  'invalid-receipt': 'Đây không phải mã tiếp nhận: mã gồm 8 chữ và số, viết dạng K7MQ-3XPD. Hãy kiểm tra lại mã.',
  'unknown-receipt':
    'Không có góp ý nào mang mã tiếp nhận {receipt}. Hãy kiểm tra lại mã; góp ý gửi khi không có mạng chỉ có mã khi đã đến nơi.',
  internal: 'Dịch vụ không xử lý được yêu cầu này; dữ liệu chưa được lưu. Vui lòng thử lại sau.',
  'storage-failed':
    'Dịch vụ tạm ngừng nhận dữ liệu: ổ đĩa không lưu được một bản ghi. Yêu cầu này chưa được lưu; hãy gửi lại khi dịch vụ hoạt động trở lại.',
  'storage-unavailable': 'Dịch vụ không đọc được cơ sở dữ liệu ({detail}).',
  'control-character': 'chứa ký tự điều khiển U+{code}',
  'unpaired-surrogate': 'chứa văn bản Unicode bị lỗi (surrogate đơn lẻ)',
};

/** Error messages are English unless the client prefers Vietnamese or Khmer (Khmer ones fall back to Vietnamese). */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { primary } of ranked) if (primary === 'en' || primary === 'vi' || primary === 'km') return primary;
  return 'en';
}

export function message(locale: Locale, code: ErrorCode | ExtraIssueCode, params: Params = {}): string {
  const template = (locale === 'en' ? en : vi)[code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** A problem in a body field that core's schema does not describe (text that is valid JSON but not acceptable). */
export interface ExtraIssue {
  readonly path: string;
  readonly code: ExtraIssueCode;
  readonly params?: Params;
}

export function apiIssue(issue: Issue | ExtraIssue, locale: Locale): ApiIssue {
  if (issue.code === 'control-character' || issue.code === 'unpaired-surrogate') {
    const text = message(locale, issue.code, issue.params);
    return { path: issue.path, code: issue.code, message: issue.path ? `${issue.path}: ${text}` : text };
  }
  return { path: issue.path, code: issue.code, message: formatIssue(issue as Issue, locale) };
}

/** An answer other than success, carried to the error handler, which writes it as `{ error: … }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly issues: readonly (Issue | ExtraIssue)[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }

  body(locale: Locale): ErrorBody {
    const issues = this.issues.map((i) => apiIssue(i, locale));
    const text =
      issues.length > 0 && (this.code === 'invalid-body' || this.code === 'invalid-query')
        ? message(locale, this.code, {
            count: issues.length,
            list:
              issues
                .slice(0, 5)
                .map((i) => i.message)
                .join('; ') + (issues.length > 5 ? '; …' : ''),
          })
        : message(locale, this.code, this.params);
    return { error: { code: this.code, message: text, ...(issues.length > 0 ? { issues } : {}) } };
  }
}
