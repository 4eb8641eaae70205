import type { Guide } from '../src/index.js';

const t = (vi: string) => ({ vi, en: vi, km: vi });

/** A small guide for the runner tests: sign-on, a procedure page, the e-form, the confirmation. */
export const SAMPLE_GUIDE: Guide = {
  id: 'khai-sinh',
  procedure: 'khai-sinh',
  title: t('Đăng ký khai sinh'),
  summary: t('Thử'),
  startUrl: 'https://dichvucong.gov.vn/',
  steps: [
    {
      id: 'login',
      url: ['dichvucong.gov.vn/'],
      title: t('Đăng nhập'),
      tip: t('Bấm'),
      instructions: t('Bấm Đăng nhập'),
      target: { label: 'Đăng nhập' },
      advance: { kind: 'url', url: 'sso.dancuquocgia.gov.vn/**' },
    },
    {
      id: 'otp',
      url: ['sso.dancuquocgia.gov.vn/**'],
      title: t('OTP'),
      tip: t('Nhập'),
      instructions: t('Nhập mã'),
      advance: { kind: 'manual' },
    },
    {
      id: 'agency',
      url: ['dichvucong.gov.vn/thu-tuc-hanh-chinh/*'],
      title: t('Nộp'),
      tip: t('Bấm'),
      instructions: t('Bấm Nộp hồ sơ'),
      target: { role: 'button', name: 'Nộp hồ sơ' },
      advance: { kind: 'click' },
    },
    {
      id: 'name',
      url: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'],
      title: t('Tên'),
      tip: t('Nhập'),
      instructions: t('Nhập tên'),
      target: { dataName: 'citizenHoVaTen_NgdcKS' },
      advance: { kind: 'filled' },
    },
    {
      id: 'submit',
      url: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'],
      title: t('Nộp'),
      tip: t('Bấm'),
      instructions: t('Bấm'),
      target: { label: 'Lưu và nộp hồ sơ' },
      advance: { kind: 'url', url: 'dichvucong.gov.vn/nop-ho-so/ket-qua' },
    },
    {
      id: 'code',
      url: ['dichvucong.gov.vn/nop-ho-so/ket-qua'],
      title: t('Mã'),
      tip: t('Ghi'),
      instructions: t('Ghi mã'),
      target: { label: 'Mã hồ sơ' },
      advance: { kind: 'manual' },
    },
  ],
};
