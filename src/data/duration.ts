/** A clip's length as the app shows it ("1:02", "1:02:03") and in words for a screen reader ("1 minute, 2 seconds"), in the archive's language. */

export interface Duration {
  /** "1:02", in the language's digits. */
  readonly text: string;
  /** "1 minute, 2 seconds" */
  readonly label: string;
}

interface Formatters {
  readonly two: Intl.NumberFormat;
  readonly plain: Intl.NumberFormat;
  readonly units: { readonly hour: Intl.NumberFormat; readonly minute: Intl.NumberFormat; readonly second: Intl.NumberFormat };
  readonly list: Intl.ListFormat;
}

const formatters = new Map<string, Formatters>();

function formattersOf(code: string): Formatters {
  let f = formatters.get(code);
  if (!f) {
    const unit = (u: string) => new Intl.NumberFormat(code, { style: "unit", unit: u, unitDisplay: "long" });
    f = {
      two: new Intl.NumberFormat(code, { minimumIntegerDigits: 2, useGrouping: false }),
      plain: new Intl.NumberFormat(code, { useGrouping: false }),
      units: { hour: unit("hour"), minute: unit("minute"), second: unit("second") },
      list: new Intl.ListFormat(code, { type: "unit", style: "long" }),
    };
    formatters.set(code, f);
  }
  return f;
}

/** `seconds` in whole seconds, counted down as players do (a clip under a second is still "0:01": it is not empty), in language `code`. */
export function formatDuration(seconds: number, code: string): Duration {
  const whole = Math.max(1, Math.floor(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const f = formattersOf(code);
  const text = h > 0 ? `${f.plain.format(h)}:${f.two.format(m)}:${f.two.format(s)}` : `${f.plain.format(m)}:${f.two.format(s)}`;
  const parts = [
    ...(h > 0 ? [f.units.hour.format(h)] : []),
    ...(m > 0 ? [f.units.minute.format(m)] : []),
    ...(s > 0 ? [f.units.second.format(s)] : []),
  ];
  return { text, label: f.list.format(parts) };
}
