import { useId, type ReactNode } from "react";

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

export function ErrorBox({ message, retryAfter, retryText }: { message?: string | null; retryAfter?: number; retryText?: string }) {
  if (!message) {
    return null;
  }
  return (
    <div className="alert error" role="alert" data-test="form-error">
      {message}
      {retryAfter !== undefined && retryText && <span data-test="retry-after"> {retryText}</span>}
    </div>
  );
}
