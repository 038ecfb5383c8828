import { useState } from 'react';
import { useLoaderData } from 'react-router';
import { RadioGroup, TextAreaField } from '../../components/form-controls.tsx';
import { TextField } from '../../components/form-fields.tsx';
import { useCopy } from '../../hooks/use-copy.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { formatters } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { widgetMessages } from '../../i18n/widget-messages.ts';
import type { ManageData } from './manage-route.ts';
import './widget.css';

/** The widget's own link colour (server/src/pages/widget-routes.ts): left out of the address. */
const DEFAULT_ACCENT = '#154273';

/** A whole number within bounds, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** WCAG's contrast ratio of a colour (#rrggbb) against the widget's white background. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The widget's address on this portal, in its language, with the chosen options. */
function widgetAddress(slug: string, lang: Lang, limit: number, accent: string): string {
  const path = lang === 'en' ? '/en/widget/organisations/' : '/widget/organisaties/';
  const query = new URLSearchParams({ limit: String(limit) });
  if (accent.toLowerCase() !== DEFAULT_ACCENT) query.set('accent', accent);
  return `${window.location.origin}${path}${encodeURIComponent(slug)}?${query.toString()}`;
}

/**
 * /beheer/widget: the code that shows the organisation's open vacancies on its own website
 * (an iframe with a title and a size), with the options the widget has: how many, in which
 * language, the colour of its links (warned when too light to read) and its height. The code
 * and the preview (the iframe itself) follow every change; copying says whether it worked.
 */
export function WidgetPage() {
  const { organisation } = useLoaderData() as ManageData;
  const { lang } = useAccountI18n();
  const w = widgetMessages[lang];
  useDocumentTitle(w.title);
  const [limitText, setLimitText] = useState('10');
  const [widgetLang, setWidgetLang] = useState<Lang>(lang);
  const [accent, setAccent] = useState(DEFAULT_ACCENT);
  const [heightText, setHeightText] = useState('480');
  const [status, copy] = useCopy({ copied: w.copied, failed: w.copyFailed });

  // A number out of bounds says so at its field; the code keeps the last good one meanwhile.
  const limit = wholeNumber(limitText, 1, 50);
  const height = wholeNumber(heightText, 200, 2000);
  const [shown, setShown] = useState({ limit: 10, height: 480 });
  if ((limit !== null && limit !== shown.limit) || (height !== null && height !== shown.height))
    setShown({ limit: limit ?? shown.limit, height: height ?? shown.height });

  const contrast = contrastOnWhite(accent);
  const src = widgetAddress(organisation.slug, widgetLang, shown.limit, accent);
  const title = widgetMessages[widgetLang].frameTitle(organisation.name);
  const code = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${shown.height}" style="border:0" loading="lazy"></iframe>`;

  return (
    <div className="widget-page">
      <h1>{w.title}</h1>
      <p className="lead">{w.intro}</p>
      {organisation.state === 'active' ? null : <p className="notice">{w.notActive}</p>}

      <section className="page-section form-section" aria-labelledby="widget-options">
        <h2 id="widget-options">{w.optionsTitle}</h2>
        <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
          <TextField
            id="widget-limit"
            name="limit"
            label={w.limit}
            hint={w.limitHint}
            error={limit === null ? w.limitError : undefined}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={limitText}
            onChange={(event) => setLimitText(event.currentTarget.value)}
            className="input-short"
          />
          <RadioGroup
            id="widget-lang"
            name="lang"
            label={w.language}
            options={(['nl', 'en'] as const).map((value) => ({ value, label: w.languages[value] }))}
            defaultValue={lang}
            onChange={setWidgetLang}
          />
          <TextField
            id="widget-accent"
            name="accent"
            label={w.accent}
            hint={w.accentHint}
            // Said as it changes, and kept in its place (empty) so it is announced.
            warning={contrast < 4.5 ? w.lowContrast(formatters(lang).number(Math.floor(contrast * 10) / 10)) : ''}
            type="color"
            value={accent}
            onChange={(event) => setAccent(event.currentTarget.value)}
            className="input-color"
          />
          <TextField
            id="widget-height"
            name="height"
            label={w.height}
            hint={w.heightHint}
            error={height === null ? w.heightError : undefined}
            type="number"
            inputMode="numeric"
            min={200}
            max={2000}
            value={heightText}
            onChange={(event) => setHeightText(event.currentTarget.value)}
            className="input-short"
          />
        </form>
      </section>

      <section className="page-section" aria-labelledby="widget-code">
        <h2 id="widget-code">{w.codeTitle}</h2>
        <p>{w.codeIntro}</p>
        <TextAreaField
          id="widget-code-text"
          name="code"
          label={w.code}
          value={code}
          readOnly
          rows={4}
          className="widget-code"
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void copy(code)}>
            {w.copy}
          </button>
        </div>
        <p className="widget-copy-status" role="status">
          {status}
        </p>
      </section>

      <section className="page-section" aria-labelledby="widget-preview">
        <h2 id="widget-preview">{w.previewTitle}</h2>
        <p>{w.previewIntro}</p>
        <iframe className="widget-preview" src={src} title={title} width="100%" height={shown.height} />
      </section>
    </div>
  );
}
