import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { describeError, type DescribedError } from "../api/errors";
import { session } from "../app/state";
import { Link, navigate } from "../app/router";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { ErrorBox, Field } from "../ui/Field";
import { AuthFrame } from "./AuthFrame";

export function LogInPage() {
  const { t } = useI18n();
  const { ended } = useStore(session);
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.signIn(await api.POST("/api/app/account/login", { body: { phoneNumber: phone, password } }));
      navigate("/", true);
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t("auth.login")}>
      {ended && !error && <div className="alert info">{t("auth.sessionEnded")}</div>}
      <form onSubmit={submit} className="stack" data-test="login-form" noValidate>
        <Field label={t("auth.phone")} name="phoneNumber" errors={error?.fields.phoneNumber}>
          {(props) => (
            <input {...props} type="tel" inputMode="tel" autoComplete="tel" placeholder={t("auth.phonePlaceholder")} value={phone} onChange={(e) => setPhone(e.target.value)} />
          )}
        </Field>
        <Field label={t("auth.password")} name="password" errors={error?.fields.password}>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <ErrorBox message={error?.message} retryAfter={error?.retryAfter} />
        <button className="primary" disabled={busy}>
          {t("auth.login")}
        </button>
      </form>
      <p className="switch">
        {t("auth.noAccount")} <Link href="/signup">{t("auth.signup")}</Link>
      </p>
    </AuthFrame>
  );
}
