/** A clip's length as the app shows it ("1:02", "1:02:03") and in words for a screen reader ("1 minute, 2 seconds"). */

export interface Duration {
  /** "1:02", in the language's digits. */
  readonly text: string;
  /** "1 minute, 2 seconds" */
  readonly label: string;
}

/**
 * Lengths in language `code`: `seconds` in whole seconds, counted down as players do (a clip under a
 * second is still "0:01": it is not empty). Its formatters are made once, when this is called.
 */
export function durationFormat(code: string): (seconds: number) => Duration {
  const two = new Intl.NumberFormat(code, { minimumIntegerDigits: 2, useGrouping: false });
  const plain = new Intl.NumberFormat(code, { useGrouping: false });
  const unit = (u: string) => new Intl.NumberFormat(code, { style: "unit", unit: u, unitDisplay: "long" });
  const [hour, minute, second] = [unit("hour"), unit("minute"), unit("second")];
  const list = new Intl.ListFormat(code, { type: "unit", style: "long" });
  return (seconds) => {
    const whole = Math.max(1, Math.floor(seconds));
    const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
    const text = h > 0 ? `${plain.format(h)}:${two.format(m)}:${two.format(s)}` : `${plain.format(m)}:${two.format(s)}`;
    const parts = [...(h > 0 ? [hour.format(h)] : []), ...(m > 0 ? [minute.format(m)] : []), ...(s > 0 ? [second.format(s)] : [])];
    return { text, label: list.format(parts) };
  };
}
