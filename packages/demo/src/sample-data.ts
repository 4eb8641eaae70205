// The demo's sample data: residents' feedback over the last months and a few units' self-assessment reports, so
// that a newcomer's first `pnpm start` shows a dashboard with something in it. Written once, into the demo's own
// database, never into a collector's (see serve.ts). Every figure here is invented; the pages say so.
import {
  type AnswerChange,
  type DimensionId,
  type FeedbackRecord,
  type Locale,
  type SatisfactionValue,
  type TaskStatus,
  type UnitReport,
  VINH_CHAU_PLAN_2023,
  addDays,
  periodOf,
  tasksForUnit,
  todayIso,
} from '@papi/core';

/** Where sample feedback says it was sent from: the .invalid top-level domain can never be a real portal. */
export const SAMPLE_PAGE = 'https://du-lieu-mau.invalid/gop-y';
export const SAMPLE_MONTHS = 8;
export const SAMPLE_FEEDBACK_COUNT = 240;
export const SAMPLE_NOTE = 'Dữ liệu mẫu của bản demo';
/** Who made the sample's answers, in the place of a unit token's id (the history never shows it). */
export const SAMPLE_ANSWER_BY = 'demo-sample';

/** The five wards and communes of the 2025 town, each with how satisfied its residents are (mean rating). */
const UNITS: readonly { id: string; mean: number; weight: number; done: number }[] = [
  { id: 'phuong-vinh-chau-2025', mean: 4.1, weight: 3, done: 0.7 },
  { id: 'phuong-khanh-hoa-2025', mean: 3.8, weight: 2, done: 0.5 },
  { id: 'phuong-vinh-phuoc-2025', mean: 3.1, weight: 2, done: 0.25 },
  { id: 'xa-vinh-hai-2025', mean: 3.6, weight: 1.5, done: 0 },
  { id: 'xa-lai-hoa-2025', mean: 3.9, weight: 1.5, done: 0.6 },
];
/** The units that have sent a report; Vĩnh Hải has not yet, as some unit always hasn't. */
export const SAMPLE_REPORT_UNITS = UNITS.filter((u) => u.done > 0).map((u) => u.id);

/** How often residents rate each PAPI dimension, and how it shifts the unit's mean. */
const DIMENSIONS: readonly { id: DimensionId | null; weight: number; shift: number }[] = [
  { id: 'd5', weight: 30, shift: 0.2 },
  { id: 'd6', weight: 18, shift: 0 },
  { id: 'd3', weight: 14, shift: -0.5 },
  { id: 'd2', weight: 10, shift: -0.3 },
  { id: 'd8', weight: 10, shift: 0.1 },
  { id: 'd1', weight: 4, shift: 0 },
  { id: 'd4', weight: 3, shift: -0.6 },
  { id: 'd7', weight: 3, shift: 0 },
  { id: null, weight: 8, shift: 0 },
];
const SERVICES = [
  'khai-sinh',
  'khai-tu',
  'ket-hon',
  'thuong-tru',
  'tam-tru',
  'can-cuoc',
  'bien-dong-dat-dai',
  'ly-lich-tu-phap',
];

/** Comments as residents write them, by how the visit went. Residents writing in Khmer rate without a comment here. */
const COMMENTS: Readonly<Record<'good' | 'middling' | 'bad', readonly string[]>> = {
  good: [
    'Cán bộ một cửa hướng dẫn tận tình, làm khai sinh cho con chỉ mất một buổi sáng.',
    'Được hỗ trợ nộp hồ sơ trực tuyến ngay tại quầy, không phải đi lại nhiều lần.',
    'Trả kết quả đúng hẹn, có tin nhắn báo trước.',
    'Thủ tục và lệ phí niêm yết rõ ràng ở bộ phận một cửa.',
  ],
  middling: [
    'Buổi sáng phải chờ khá lâu, nên có máy lấy số thứ tự.',
    'Giải quyết được nhưng biểu mẫu trên mạng khó tìm.',
    'Cán bộ nhiệt tình nhưng giải thích còn nhanh, người lớn tuổi khó theo kịp.',
  ],
  bad: [
    'Hồ sơ bị trả lại hai lần vì thiếu giấy tờ mà lần đầu không được báo.',
    'Gọi đường dây nóng nhiều lần không có người nghe máy.',
    'Không biết danh sách hộ nghèo được niêm yết ở đâu.',
  ],
};

/**
 * The units' answers, as the officers of a commune or ward would write them (#13): the sample's inbox holds feedback
 * answered, in progress and waiting, some of it overdue, so that the inbox, the status page and the accountability
 * figures show something on a first start.
 */
const ANSWERS: Readonly<Record<'good' | 'middling' | 'bad', readonly string[]>> = {
  good: ['Cảm ơn ông/bà đã góp ý. Đơn vị sẽ tiếp tục giữ cách phục vụ này.'],
  middling: [
    'Cảm ơn ông/bà. Từ tháng tới, bộ phận một cửa bố trí thêm một cán bộ vào buổi sáng và phát số thứ tự.',
    'Đơn vị đã đưa các biểu mẫu lên trang thông tin điện tử của xã, mục Thủ tục hành chính.',
  ],
  bad: [
    'Đơn vị xin lỗi ông/bà. Danh mục giấy tờ đã được niêm yết lại tại bộ phận một cửa, và cán bộ kiểm tra đủ hồ sơ ngay lần đầu.',
    'Đường dây nóng đã được chuyển về điện thoại của cán bộ trực; ông/bà có thể gọi lại trong giờ hành chính.',
  ],
};
const IN_PROGRESS_NOTE = 'Đơn vị đã nhận góp ý và đang xác minh với bộ phận liên quan.';

/** mulberry32: the same sample for the same start day, without Math.random. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T extends { weight: number }>(items: readonly T[], r: number): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let x = r * total;
  for (const item of items) if ((x -= item.weight) < 0) return item;
  return items[items.length - 1]!;
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(next() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A time of day in office hours, Vietnam time, on the given date. */
function officeTime(date: string, next: () => number): Date {
  const minutes = 7 * 60 + 30 + Math.floor(next() * 9 * 60);
  return new Date(
    `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`,
  );
}

export interface SampleFeedback {
  readonly record: FeedbackRecord;
  readonly receivedAt: string;
  readonly period: string;
}

/** A unit's change to one sample feedback (by its record id), stored as the collector would have on that day. */
export interface SampleAnswer {
  readonly feedbackId: string;
  readonly change: AnswerChange;
  readonly at: string;
}

export interface SampleData {
  readonly feedback: readonly SampleFeedback[];
  readonly answers: readonly SampleAnswer[];
  readonly reports: readonly UnitReport[];
}

/** Feedback over the SAMPLE_MONTHS months before `today`, a little better each month, and this period's reports. */
export function sampleData(today: string = todayIso()): SampleData {
  const next = random(Number(today.replace(/-/g, '')));
  const days = SAMPLE_MONTHS * 30;
  const feedback: SampleFeedback[] = [];
  for (let i = 0; i < SAMPLE_FEEDBACK_COUNT; i++) {
    const age = Math.floor(next() * days) + 1;
    const unit = pick(UNITS, next());
    const dimension = pick(DIMENSIONS, next());
    // The plan shows: ratings improve by about half a point over the months shown.
    const mean = unit.mean + dimension.shift + 0.5 * (1 - age / days) - 0.25;
    const noise = (next() + next() + next() - 1.5) * 1.6;
    const rating = Math.min(5, Math.max(1, Math.round(mean + noise))) as SatisfactionValue;
    const lang: Locale = next() < 0.18 ? 'km' : 'vi';
    const band = rating >= 4 ? 'good' : rating === 3 ? 'middling' : 'bad';
    const withComment = lang === 'vi' && next() < 0.3;
    const created = officeTime(addDays(today, -age), next);
    const service =
      dimension.id === 'd5' || dimension.id === 'd8' || dimension.id === null
        ? SERVICES[Math.floor(next() * SERVICES.length)]
        : undefined;
    const record: FeedbackRecord = {
      id: uuid(next),
      unit: unit.id,
      rating,
      lang,
      page: SAMPLE_PAGE,
      createdAt: created.toISOString(),
      ...(dimension.id ? { dimension: dimension.id } : {}),
      ...(service ? { service } : {}),
      ...(withComment ? { comment: COMMENTS[band][Math.floor(next() * COMMENTS[band].length)]! } : {}),
    };
    const receivedAt = new Date(created.getTime() + 1000 + Math.floor(next() * 60_000)).toISOString();
    feedback.push({ record, receivedAt, period: periodOf(todayIso(created), 'six-monthly') });
  }
  feedback.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));

  // Feedback with a comment, or a poor rating, gets an answer more often the older it is; a few are in progress.
  const now = Date.parse(`${today}T00:00:00+07:00`); // the start of the sample's day, in the town
  const answers: SampleAnswer[] = [];
  for (const f of feedback) {
    const r = next();
    const after = 1 + Math.floor(next() * 12);
    const asked = f.record.comment !== undefined || f.record.rating <= 2;
    const old = Date.parse(f.receivedAt) < now - 20 * 86_400_000;
    if (!asked || r > (old ? 0.8 : 0.45)) continue;
    const at = new Date(Date.parse(f.receivedAt) + after * 86_400_000);
    if (at.getTime() >= now) continue;
    const band = f.record.rating >= 4 ? 'good' : f.record.rating === 3 ? 'middling' : 'bad';
    if (r < 0.15) {
      answers.push({
        feedbackId: f.record.id,
        change: { status: 'in-progress', answer: IN_PROGRESS_NOTE },
        at: at.toISOString(),
      });
      continue;
    }
    const texts = ANSWERS[band];
    answers.push({
      feedbackId: f.record.id,
      change: { status: 'answered', answer: texts[Math.floor(next() * texts.length)]! },
      at: at.toISOString(),
    });
  }

  const period = periodOf(today, 'six-monthly');
  const reports = UNITS.filter((u) => u.done > 0).map((u, n): UnitReport => {
    const tasks = tasksForUnit(VINH_CHAU_PLAN_2023, u.id);
    const submitted = officeTime(addDays(today, -(3 + n * 4)), next);
    return {
      id: uuid(next),
      planId: VINH_CHAU_PLAN_2023.id,
      unit: u.id,
      period,
      lang: 'vi',
      submittedAt: submitted.toISOString(),
      tasks: tasks.map((task, i) => {
        const share = (i + 0.5) / tasks.length;
        const status: TaskStatus = share < u.done ? 'done' : share < u.done + 0.3 ? 'in-progress' : 'not-started';
        return { taskId: task.id, status, note: SAMPLE_NOTE };
      }),
    };
  });
  return { feedback, answers, reports };
}
