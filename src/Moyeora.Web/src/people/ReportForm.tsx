import { useState, type FormEvent } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, generalMessage, type DescribedError } from "../api/errors";
import { toast } from "../app/state";
import { useI18n } from "../i18n/I18n";
import { ErrorBox, Field } from "../ui/Field";

const reasons: Schemas["ReportReason"][] = ["spam", "harassment", "inappropriate", "scam", "impersonation", "dangerous", "other"];

/** Reports a person, a meetup or a chat message to the moderators: a reason and optional details. */
export function ReportForm({ targetType, targetId, onDone }: { targetType: Schemas["ReportTargetType"]; targetId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<Schemas["ReportReason"]>("spam");
  const [text, setText] = useState("");
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.POST("/api/app/reports", { body: { targetType, targetId, reason, text: text || null } });
      toast.set({ message: t("people.reported") });
      onDone();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit} data-test="report-form" noValidate>
      <Field label={t("people.reportReason")} name="reason" errors={error?.fields.reason}>
        {(props) => (
          <select {...props} value={reason} onChange={(e) => setReason(e.target.value as Schemas["ReportReason"])}>
            {reasons.map((value) => (
              <option key={value} value={value}>
                {t(`reason.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("people.reportText")} name="text" errors={error?.fields.text}>
        {(props) => <textarea {...props} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <ErrorBox message={generalMessage(error, ["reason", "text"])} retryAfter={error?.retryAfter} />
      <div className="actions">
        <button className="danger" disabled={busy} data-test="report-submit">
          {t("people.sendReport")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
