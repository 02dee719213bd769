// The counter page's English text (the Vietnamese is in index.html), and the lines its script writes,
// in both languages.

/** English for the `data-i18n` / `data-i18n-label` keys of index.html. */
export const ENGLISH = {
  title: 'Intake counter — Public-service agent point',
  skip: 'Skip to the main content',
  kicker: 'dvc-kit integration example · sandbox server',
  heading: 'Dossier intake counter',
  theme: 'Partner theme',
  'sign-out': 'Sign out',
  'sign-in.heading': 'Counter staff sign-in',
  'sign-in.stub':
    "This is the partner's simulated sign-in: there is no password. The partner's server records the staff member and the agent point, then exchanges the partner's secret key for a short-lived access token for this page.",
  'sign-in.staff-id': 'Staff id',
  'sign-in.staff-id-hint': 'For example: nv-0042',
  'sign-in.full-name': "Staff member's full name",
  'sign-in.agent-point': 'Agent point',
  'sign-in.submit': 'Sign in',
  steps: 'Steps',
  'steps.picker': 'Choose a procedure',
  'steps.form': 'Fill in the dossier',
  'steps.receipt': 'Receipt',
  'steps.tracker': 'Track',
  'steps.rating': 'Rating',
  'picker.heading': 'Choose an administrative procedure',
  'picker.track': 'Look up a dossier filed earlier',
  'form.heading': 'Fill in the dossier',
  'form.back': 'Choose another procedure',
  'receipt.heading': 'Receipt',
  'receipt.layout': 'Paper',
  'receipt.a4': 'A4',
  'receipt.thermal': '80 mm thermal printer',
  'receipt.track': 'Track the dossier',
  'new-dossier': 'Take in a new dossier',
  'tracker.heading': 'Track a dossier',
  'simulator.heading': 'Simulated back office (sandbox only)',
  'simulator.help':
    'Moves the dossier shown to its next step, as the competent office would: received, processing, result ready, result returned.',
  'simulator.advance': 'Move to the next step',
  'tracker.rate': 'Invite the citizen to rate',
  'rating.heading': 'The citizen rates',
  'rating.help':
    'Only the citizen rates: hand the device to the citizen, or let them scan the QR code with their own phone.',
  'rating.back': 'Back to tracking',
  'outbox.heading': 'Submission queue',
  'outbox.help':
    'Dossiers submitted while offline are kept on this device and sent automatically, each exactly once, when the network is back.',
  'outbox.flush': 'Send now',
  footer:
    'A dvc-kit example page running against the sandbox server: test data only, nothing is sent to a government office.',
};

/** The lines the script writes, in both languages. */
export const MESSAGES = {
  signedInAs: (/** @type {string} */ name, /** @type {{ vi: string, en: string }} */ point) => ({
    vi: `Nhân viên ${name} · ${point.vi}`,
    en: `Staff member ${name} · ${point.en}`,
  }),
  chooseAgentPoint: { vi: 'Chọn điểm đại lý', en: 'Choose an agent point' },
  agentPointsFailed: {
    vi: 'Không tải được danh sách điểm đại lý.',
    en: 'Could not load the agent points.',
  },
  formHasErrors: { vi: 'Vui lòng sửa các lỗi bên dưới.', en: 'Please correct the errors below.' },
  languageButton: { vi: 'English', en: 'Tiếng Việt' },
  languageButtonLang: { vi: 'en', en: 'vi' },
  receiptCode: (/** @type {string} */ code) => ({
    vi: `Mã hồ sơ: ${code}. Kiểm tra giấy tiếp nhận, in và giao cho công dân.`,
    en: `Dossier code: ${code}. Check the receipt, print it and give it to the citizen.`,
  }),
  trackerHint: (/** @type {string} */ code) => ({
    vi: `Hồ sơ vừa tiếp nhận: ${code}. Nhập mã hồ sơ và số định danh cá nhân của chủ hồ sơ để tra cứu.`,
    en: `Dossier just taken in: ${code}. Enter the dossier code and the owner's personal ID number to look it up.`,
  }),
  advancing: { vi: 'Đang chuyển hồ sơ…', en: 'Moving the dossier…' },
  advanced: (/** @type {{ vi: string, en: string }} */ label) => ({
    vi: `Hồ sơ đã chuyển sang trạng thái “${label.vi}”.`,
    en: `The dossier is now “${label.en}”.`,
  }),
  cannotAdvance: {
    vi: 'Không thể chuyển hồ sơ này sang bước tiếp theo.',
    en: 'This dossier cannot move to a next step.',
  },
  outboxEmpty: { vi: 'Không có hồ sơ nào trong hàng đợi.', en: 'The queue is empty.' },
  outboxCount: (/** @type {number} */ count) => ({
    vi: `${count} hồ sơ trong hàng đợi.`,
    en: count === 1 ? '1 dossier in the queue.' : `${count} dossiers in the queue.`,
  }),
  outboxStates: {
    queued: { vi: 'Đang chờ gửi', en: 'Waiting to be sent' },
    sending: { vi: 'Đang gửi', en: 'Sending' },
    sent: { vi: 'Đã gửi', en: 'Sent' },
    'needs-attention': { vi: 'Cần kiểm tra', en: 'Needs attention' },
  },
  outboxItem: (/** @type {string} */ owner, /** @type {string} */ procedure) => ({
    vi: `${owner} — thủ tục ${procedure}`,
    en: `${owner} — procedure ${procedure}`,
  }),
  outboxRetry: { vi: 'Gửi lại', en: 'Retry' },
  outboxRemove: { vi: 'Xóa khỏi hàng đợi', en: 'Remove from the queue' },
  outboxCode: (/** @type {string} */ code) => ({ vi: `Mã hồ sơ ${code}`, en: `Dossier code ${code}` }),
};
