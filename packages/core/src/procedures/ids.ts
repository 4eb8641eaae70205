/**
 * The ids of the essential-procedures catalogue (catalogue.ts), on their own so that code needing only the ids
 * (the feedback validator, the widgets) does not carry the catalogue's texts. A test keeps the two in step.
 */
export const PROCEDURE_ID_LIST = [
  'khai-sinh',
  'khai-tu',
  'ket-hon',
  'lien-thong-khai-sinh',
  'lien-thong-khai-tu',
  'bien-dong-dat-dai',
  'xac-nhan-cmnd',
  'can-cuoc',
  'thuong-tru',
  'tam-tru',
  'tam-vang',
  'luu-tru',
  'bien-so-xe-may',
  'phat-nguoi',
  'ho-chieu',
  'con-dau-moi',
  'con-dau-thu-nho',
  'giay-phep-lai-xe',
  'ly-lich-tu-phap',
  'bhyt-ho-gia-dinh',
  'dang-ky-thue',
  'cap-dien-moi',
  'doi-chu-the-hop-dong-dien',
  'thi-tot-nghiep-thpt',
  'tro-cap-that-nghiep',
] as const;
