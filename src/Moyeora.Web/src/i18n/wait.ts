import type { Language } from "./messages";

/** A server's retry time as people say it: "45초", "12분", "1시간 5분" (rounded up: never sooner than the server said). */
export function formatWait(seconds: number, language: Language): string {
  const total = Math.max(1, Math.ceil(seconds));
  if (total < 60) {
    return language === "ko" ? `${total}초` : `${total} s`;
  }
  const minutes = Math.ceil(total / 60);
  if (minutes < 60) {
    return language === "ko" ? `${minutes}분` : `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (language === "ko") {
    return rest === 0 ? `${hours}시간` : `${hours}시간 ${rest}분`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
