/**
 * <booking-form>: the booking form, enhanced. The element wraps the error summary, the <form>
 * and the success message (BookingForm.astro), and every query stays inside it.
 * Without this script the form still posts natively; with it:
 * the safety check is enforced before anything is sent, errors show inline and in a
 * summary, a pending state blocks a second send, the request goes by fetch with
 * `Accept: application/json`, and on any failure every value stays (also across a reload,
 * in sessionStorage for this tab only) with the practice's phone and email and a retry.
 * Its words are the page's: the JSON BookingForm.astro writes into data-messages, in the
 * page's language, so one script serves every language and carries no words of its own.
 */
import { FIELD, SAFETY_FIELDS, fieldId, validateBooking, valuesFrom, type FieldError } from '../../lib/booking/fields';
import { assessSafety, blocksBooking } from '../../lib/booking/safety';
import { buildBookingPayload } from '../../lib/booking/payload';
import { failureReason, parseBookingResponse, providerFieldMessage, type SendFailure, type SendOutcome } from '../../lib/booking/response';
import type { BookingMessages } from '../../lib/booking/messages';

/** Long enough for a slow phone connection; after it we say we cannot tell whether it arrived. */
const TIMEOUT_MS = 8000;
const DRAFT_KEY = 'booking-draft';

class BookingFormElement extends HTMLElement {
  #enhanced = false;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-booking]');
    const words = this.dataset['messages'];
    // Without its words the script stays out of the way: the form still posts natively.
    if (!form || !words || this.#enhanced) return;
    this.#enhanced = true;
    enhance(this, form, JSON.parse(words) as BookingMessages);
  }
}
if (!customElements.get('booking-form')) customElements.define('booking-form', BookingFormElement);

function enhance(root: HTMLElement, form: HTMLFormElement, m: BookingMessages) {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const summary = $('[data-error-summary]');
  const summaryList = $('[data-error-list]');
  const submit = $<HTMLButtonElement>('[data-submit]');
  const status = $('[data-send-status]');
  const failure = $('[data-failure]');
  const success = $('[data-success]');
  const submitLabel = submit.textContent ?? '';
  const safetyFields = SAFETY_FIELDS.filter((name) => form.querySelector(`[name="${name}"]`));
  const options = {
    requirePhone: form.dataset['requirePhone'] === 'true',
    safetyFields,
    locationChoice: Boolean(form.querySelector(`input[type="radio"][name="${FIELD.location}"]`)),
    messages: m.fields,
  };
  /** The page's language ("en", "es"), as the form sends it. */
  const lang = form.querySelector<HTMLInputElement>(`input[name="${FIELD.language}"]`)?.value ?? 'en';
  let sending = false;
  let tried = false;

  form.noValidate = true;
  // Enter may send the form again: this script checks the safety answers first.
  form.querySelector('[data-implicit-guard]')?.remove();
  restoreDraft(form);

  const values = () => valuesFrom(new FormData(form));
  const fieldBox = (name: string) => form.querySelector<HTMLElement>(`[data-field="${name}"]`);
  const controls = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)];

  function setError(name: string, message: string | undefined) {
    const box = fieldBox(name);
    const error = box?.querySelector<HTMLElement>(`#${fieldId(name)}-error`);
    if (!box || !error) return;
    box.classList.toggle('has-error', Boolean(message));
    error.hidden = !message;
    error.innerHTML = '';
    if (message) {
      const prefix = document.createElement('span');
      prefix.className = 'sr-only';
      prefix.textContent = m.errorPrefix;
      error.append(prefix, message);
    }
    // A group's error is described on its fieldset; a single control's on the control.
    const describedOn = box.tagName === 'FIELDSET' ? [box] : controls(name);
    for (const el of describedOn) {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
      if (message) ids.push(error.id);
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
    for (const el of controls(name)) {
      if (message) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
  }

  function listErrors(list: HTMLElement, errors: FieldError[]) {
    list.innerHTML = '';
    for (const { field, message } of errors) {
      const target = controls(field)[0];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${target?.id ?? ''}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        fieldBox(field)?.scrollIntoView({ block: 'start' });
        target?.focus({ preventScroll: true });
      });
      item.append(link);
      list.append(item);
    }
  }

  function showErrors(errors: FieldError[]) {
    for (const name of new Set([...form.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset['field'] ?? ''))) {
      setError(name, errors.find((e) => e.field === name)?.message);
    }
    listErrors(summaryList, errors);
    summary.hidden = errors.length === 0;
  }

  function setPending(pending: boolean) {
    sending = pending;
    form.setAttribute('aria-busy', String(pending));
    // aria-disabled rather than disabled: the button keeps focus, and a second click or
    // Enter is still caught below (and ignored) instead of falling through to a native post.
    submit.setAttribute('aria-disabled', String(pending));
    submit.textContent = pending ? m.sending : submitLabel;
    status.textContent = pending ? m.sendingStatus : '';
  }

  function showFailure(result: SendFailure) {
    const title = failure.querySelector('[data-failure-title]')!;
    const list = failure.querySelector<HTMLElement>('[data-failure-list]')!;
    title.textContent = result.kind === 'timeout' ? m.notConfirmed : m.notSent;
    failure.querySelector('[data-failure-reason]')!.textContent = failureReason(result, m, lang);
    const marked: FieldError[] = [];
    if (result.kind === 'rejected') {
      for (const error of result.fieldErrors) {
        if (!error.field || !fieldBox(error.field)) continue;
        const message = providerFieldMessage(error, m, lang);
        setError(error.field, message);
        marked.push({ field: error.field, message });
      }
    }
    listErrors(list, marked);
    list.hidden = marked.length === 0;
    failure.hidden = false;
    failure.focus();
  }

  function showSuccess(urgent: boolean) {
    clearDraft();
    form.hidden = true;
    summary.hidden = true;
    success.querySelector<HTMLElement>('[data-success-urgent]')!.hidden = !urgent;
    success.hidden = false;
    success.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    tried = true;
    failure.hidden = true;
    const current = values();
    const safety = assessSafety(current);
    if (blocksBooking(safety)) {
      // booking.css has already swapped the form for the guidance; make sure it is read.
      summary.hidden = true;
      root.querySelector<HTMLElement>('#bk-emergency-guidance')?.focus();
      return;
    }
    const errors = validateBooking(current, options);
    showErrors(errors);
    if (errors.length) {
      summary.focus();
      return;
    }
    setPending(true);
    const result = await send(form.action, buildBookingPayload(current, safety));
    setPending(false);
    if (result.ok) showSuccess(safety.urgent || safety.doctor);
    else showFailure(result);
  });

  $('[data-retry]').addEventListener('click', () => form.requestSubmit());

  // Errors update as the visitor fixes them, once they have tried to send.
  const recheck = (event: Event) => {
    saveDraft(form);
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!tried || !name || !fieldBox(name)) return;
    const message = validateBooking(values(), options).find((e) => e.field === name)?.message;
    if (!message || event.type === 'change') setError(name, message);
  };
  form.addEventListener('input', recheck);
  form.addEventListener('change', recheck);
}

async function send(url: string, body: URLSearchParams): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { method: 'POST', headers: { Accept: 'application/json' }, body, signal: controller.signal });
    const text = await response.text();
    return parseBookingResponse(response.status, response.headers.get('content-type'), text);
  } catch {
    return controller.signal.aborted ? { ok: false, kind: 'timeout' } : { ok: false, kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Typed values for this tab only (sessionStorage), without hidden fields or the honeypot. */
function saveDraft(form: HTMLFormElement) {
  const isHidden = (name: string) => {
    const item = form.elements.namedItem(name);
    return item instanceof HTMLInputElement && item.type === 'hidden';
  };
  const entries = [...new FormData(form)].filter(([name, value]) => typeof value === 'string' && !name.startsWith('_') && !isHidden(name));
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or blocked: the values are still on the page.
  }
}

function restoreDraft(form: HTMLFormElement) {
  let entries: [string, string][] = [];
  try {
    entries = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '[]');
  } catch {
    return;
  }
  if (!entries.length) return;
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (!el.name || el.name.startsWith('_') || el.type === 'hidden') continue;
    const saved = entries.filter(([name]) => name === el.name).map(([, value]) => value);
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) el.checked = saved.includes(el.value);
    else if (saved.length) el.value = saved[0] ?? '';
  }
}

function clearDraft() {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored.
  }
}
