import { type Locale, statusInfo, TIMELINESS_VALUES } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { fact } from './template-parts.js';
import { dateTimeText, pickupMethodText } from './tracker-text.js';
import type { DossierStatusView, ResultPickup, TimelineEvent, Timeliness } from './tracker-types.js';

// 24×24 icons (Material Symbols' shapes as single paths): a tick when on time, a warning when late, a
// clock before the clock starts. They repeat the text next to them — never the only signal — so they
// are hidden from assistive technologies.
const TICK = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z';
const WARNING = 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z';
const CLOCK =
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16m.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7z';

// How the dossier stands against its due date: an icon and the domain's label (`TIMELINESS_VALUES`,
// both languages), never a colour alone.
function timelinessBadge(value: Timeliness, locale: Locale): TemplateResult | undefined {
  const label = TIMELINESS_VALUES.find((entry) => entry.key === value)?.label[locale];
  if (value === null || label === undefined) return undefined;
  const path =
    value === 'OVERDUE' || value === 'RETURNED_LATE' ? WARNING : value === 'NOT_STARTED' ? CLOCK : TICK;
  return html`<span part="timeliness" class="timeliness" data-timeliness=${value}><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d=${path}></path></svg>${label}</span>`;
}

/**
 * The head of a dossier's view: procedure, code, status in words with its national number, then the
 * facts — how it stands against its due date, the owner (masked), where it was received, its dates.
 */
export function renderStatusSummary(view: DossierStatusView, locale: Locale): TemplateResult {
  const status = statusInfo(view.status);
  const statusCode = String(status.code);
  return html`<h2 id="dossier-title">${view.procedure.name[locale]}</h2><p>${msg('Mã hồ sơ', { id: 'tracker.dossier-code' })}: <strong part="dossier-code">${view.code}</strong></p><p part="status" class="status" data-status=${view.status}>${msg('Trạng thái', { id: 'tracker.status' })}: <strong>${status.label[locale]}</strong> ${msg(str`(mã ${statusCode})`, { id: 'tracker.status-code' })}</p><dl>${fact(
    msg('Tiến độ', { id: 'tracker.timeliness' }),
    timelinessBadge(view.timeliness, locale),
  )}${fact(msg('Chủ hồ sơ', { id: 'tracker.owner' }), `${view.ownerNameMasked} · ${view.ownerPersonalIdMasked}`)}${fact(
    msg('Nơi tiếp nhận', { id: 'tracker.receiving-location' }),
    view.receivingLocation.name[locale],
  )}${fact(msg('Ngày nộp', { id: 'tracker.submitted-at' }), dateTimeText(view.submittedAt))}${fact(
    msg('Ngày tiếp nhận', { id: 'tracker.received-at' }),
    view.receivedAt && dateTimeText(view.receivedAt),
  )}${fact(msg('Hẹn trả kết quả', { id: 'tracker.due-at' }), view.dueAt && dateTimeText(view.dueAt))}${fact(
    msg('Ngày trả kết quả', { id: 'tracker.returned-at' }),
    view.returnedAt && dateTimeText(view.returnedAt),
  )}</dl>`;
}

/**
 * Where and how to collect the result: the method, the server's description (the place's name and
 * address, or how a posted or electronic result arrives) and the place's opening hours and phone.
 */
export function renderResultPickup(pickup: ResultPickup, locale: Locale): TemplateResult {
  const { location } = pickup;
  return html`<section part="result-pickup" class="panel" aria-labelledby="pickup-title"><h3 id="pickup-title">${msg('Nhận kết quả', { id: 'tracker.pickup-title' })}</h3><p><strong>${pickupMethodText(pickup.method)}</strong></p><p>${pickup.description[locale]}</p><dl>${fact(
    msg('Giờ làm việc', { id: 'tracker.opening-hours' }),
    location?.openingHours,
  )}${fact(msg('Điện thoại', { id: 'tracker.phone' }), location?.phone)}</dl></section>`;
}

function timelineEntry(event: TimelineEvent, locale: Locale, current: boolean): TemplateResult {
  return html`<li aria-current=${current ? 'step' : nothing}><time datetime=${event.at}>${dateTimeText(event.at)}</time> ${
    statusInfo(event.status).label[locale]
  }${event.note === undefined ? nothing : html`<br><span class="note">${event.note[locale]}</span>`}</li>`;
}

/** The dossier's history, oldest first, the current step marked. */
export function renderTimeline(timeline: readonly TimelineEvent[], locale: Locale): TemplateResult {
  // Sorted by time (stable, so steps of the same instant keep the server's order), whatever order
  // the server sent.
  const events = [...timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return html`<section part="timeline" aria-labelledby="timeline-title"><h3 id="timeline-title">${msg('Quá trình xử lý', { id: 'tracker.timeline-title' })}</h3><ol class="events">${events.map(
    (event, index) => timelineEntry(event, locale, index === events.length - 1),
  )}</ol></section>`;
}
