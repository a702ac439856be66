import type { Language } from "../i18n/messages";

const locales: Record<Language, string> = { ko: "ko-KR", en: "en-GB" };

/** A meetup's time in Seoul, e.g. "12월 1일 (월) 오후 7:00". */
export function formatMeetupTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: "Asia/Seoul",
    month: "short",
    day: "numeric",
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function formatClock(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: "Asia/Seoul", hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

/** Distances as people say them: "350 m", "1.2 km", "12 km". */
export function formatDistance(meters: number): string {
  if (meters < 1000) {
    return `${Math.max(10, Math.round(meters / 10) * 10)} m`;
  }
  const km = meters / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

/** A server distance range (people are placed approximately): "1–2 km", "5 km+". */
export function formatDistanceRange(minMeters: number, maxMeters: number | null): string {
  if (maxMeters === null) {
    return `${formatDistance(minMeters)}+`;
  }
  const [min, max] = [formatDistance(minMeters), formatDistance(maxMeters)];
  const unit = (s: string) => s.split(" ")[1];
  return unit(min) === unit(max) ? `${min.split(" ")[0]}–${max}` : `${min}–${max}`;
}

/** Turns a `datetime-local` input's value (the browser's own zone) into an instant with its offset for the API. */
export function localInputToIso(value: string): string | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The value of a `datetime-local` input for an instant, in the browser's zone. */
export function isoToLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "a, b,, c " → ["a", "b", "c"]. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((tag) => tag.trim().replace(/^#/, ""))
    .filter((tag) => tag.length > 0);
}
