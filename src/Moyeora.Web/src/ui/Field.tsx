import { useId, type ReactNode } from "react";
import { useI18n } from "../i18n/I18n";
import { formatWait } from "../i18n/wait";

/** A labelled form field with the server's messages for it right beside it. */
export function Field({
  label,
  errors,
  hint,
  children,
  name,
}: {
  label: string;
  errors?: readonly string[];
  hint?: string;
  name: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = (errors?.length ?? 0) > 0;
  return (
    <div className={invalid ? "field invalid" : "field"} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": invalid, "aria-describedby": invalid ? errorId : undefined })}
      {hint && !invalid && <p className="hint">{hint}</p>}
      {invalid && (
        <ul className="field-errors" id={errorId} data-test={`error-${name}`}>
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A failed action's message, with the server's retry time when it refused for too many requests (429). */
export function ErrorBox({ message, retryAfter }: { message?: string | null; retryAfter?: number }) {
  const { t, language } = useI18n();
  if (!message) {
    return null;
  }
  return (
    <div className="alert error" role="alert" data-test="form-error">
      {retryAfter === undefined ? (
        message
      ) : (
        // One sentence with the server's wait, rather than its "try again later" followed by ours.
        <span data-test="retry-after">{t("common.tooManyRequests", { wait: formatWait(retryAfter, language) })}</span>
      )}
    </div>
  );
}
