import { SATISFACTION_LEVELS, SATISFACTION_LEVEL_LABELS } from '@thidua/domain';
import { html, type Html } from './html.ts';
import type { RateOutcome, RatingState } from './rating.ts';

export const RATING_TITLE = 'Đánh giá mức độ hài lòng';

const INVALID = html`<p class="error" role="alert">
  Liên kết đánh giá không đúng hoặc đã cũ. Hãy quét lại mã QR hoặc gõ đúng đường dẫn in trên giấy tiếp nhận và hẹn trả
  kết quả.
</p>`;

/** The form, or why there is none (wrong link, not finished yet, already rated). */
export function ratingPage(
  state: RatingState,
  values: { ma: string; t: string; muc?: string; ykien?: string },
  message?: string,
): Html {
  if (state.kind === 'invalid')
    return html`<h1>${RATING_TITLE}</h1>
      ${INVALID}`;
  if (state.kind === 'rated') return alreadyRated(state.code);
  if (state.kind === 'closed')
    return html`<h1>${RATING_TITLE}</h1>
      <p class="card">
        Hồ sơ ${state.code} chưa có kết quả giải quyết. Bạn có thể đánh giá khi hồ sơ đã giải quyết xong hoặc đã nhận
        kết quả.
      </p>
      <p><a href="/tra-cuu">Tra cứu tình trạng hồ sơ</a></p>`;
  return html`<h1>${RATING_TITLE}</h1>
    <p>Hồ sơ <strong>${state.code}</strong><br /><span class="muted">${state.procedureName}</span></p>
    ${message ? html`<p class="error" role="alert">${message}</p>` : ''}
    <form class="card" method="post" action="/danh-gia">
      <input type="hidden" name="ma" value="${values.ma}" />
      <input type="hidden" name="t" value="${values.t}" />
      <fieldset class="levels">
        <legend>Bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?</legend>
        ${SATISFACTION_LEVELS.map(
          (l) =>
            html`<label
              ><input type="radio" name="muc" value="${l}" required${values.muc === l ? html` checked` : ''} />
              ${SATISFACTION_LEVEL_LABELS[l]}</label
            >`,
        )}
      </fieldset>
      <label for="ykien">Góp ý (không bắt buộc)</label>
      <textarea id="ykien" name="ykien" rows="4" maxlength="1000">${values.ykien ?? ''}</textarea>
      <button type="submit">Gửi đánh giá</button>
    </form>`;
}

const alreadyRated = (code: string) =>
  html`<h1>${RATING_TITLE}</h1>
    <p class="ok" role="status">
      Hồ sơ ${code} đã được đánh giá. Xin cảm ơn bạn đã dành thời gian góp ý; mỗi hồ sơ chỉ đánh giá một lần.
    </p>`;

/** After a submission. */
export function ratingDone(outcome: RateOutcome): Html {
  if (outcome.kind === 'saved')
    return html`<h1>${RATING_TITLE}</h1>
      <p class="ok" role="status">
        Cảm ơn bạn đã đánh giá việc giải quyết hồ sơ ${outcome.code}. Ý kiến của bạn giúp chúng tôi phục vụ tốt hơn.
      </p>
      <p><a href="/thu-tuc">Xem danh mục thủ tục hành chính</a></p>`;
  return ratingPage(outcome, { ma: '', t: '' });
}
