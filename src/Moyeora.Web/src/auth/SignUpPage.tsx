import { useState, type FormEvent } from "react";
import { api } from "../api/client";
import { describeError, generalMessage, type DescribedError } from "../api/errors";
import { Link, navigate } from "../app/router";
import { useI18n } from "../i18n/I18n";
import { ErrorBox, Field } from "../ui/Field";
import { AuthFrame } from "./AuthFrame";

type Step = "phone" | "code" | "profile";

export function SignUpPage() {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>("phone");
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [expiresIn, setExpiresIn] = useState(0);
  const [verificationToken, setVerificationToken] = useState("");
  const [name, setName] = useState("");
  const [nickname, setNickname] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure, t("common.error")));
    } finally {
      setBusy(false);
    }
  };

  const sendCode = (event?: FormEvent) => {
    event?.preventDefault();
    return run(async () => {
      const sent = await api.POST("/api/app/account/verification-codes", { body: { phoneNumber: phone, purpose: "signUp" } });
      setExpiresIn(sent.expiresInSeconds);
      setStep("code");
    });
  };

  const verify = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const verified = await api.POST("/api/app/account/verification-codes/verify", { body: { phoneNumber: phone, purpose: "signUp", code } });
      setVerificationToken(verified.verificationToken);
      setStep("profile");
    });
  };

  const register = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await api.signIn(await api.POST("/api/app/account/register", { body: { verificationToken, name, nickname, password } }));
      navigate("/", true);
    });
  };

  const general = (fields: string[]) => generalMessage(error, fields);

  return (
    <AuthFrame title={t("auth.signup")}>
      <ol className="steps" aria-label={t("auth.signup")}>
        {(["phone", "code", "profile"] as const).map((s, i) => (
          <li key={s} className={s === step ? "current" : undefined}>
            {i + 1}
          </li>
        ))}
      </ol>
      {step === "phone" && (
        <form onSubmit={sendCode} className="stack" data-test="signup-phone" noValidate>
          <p className="lead">{t("signup.step1")}</p>
          <Field label={t("auth.phone")} name="phoneNumber" errors={error?.fields.phoneNumber}>
            {(props) => <input {...props} type="tel" inputMode="tel" autoComplete="tel" placeholder={t("auth.phonePlaceholder")} value={phone} onChange={(e) => setPhone(e.target.value)} />}
          </Field>
          <ErrorBox message={general(["phoneNumber"])} retryAfter={error?.retryAfter} />
          <button className="primary" disabled={busy}>
            {t("signup.sendCode")}
          </button>
        </form>
      )}
      {step === "code" && (
        <form onSubmit={verify} className="stack" data-test="signup-code" noValidate>
          <p className="lead">{t("signup.codeSent", { phone, minutes: Math.max(1, Math.round(expiresIn / 60)) })}</p>
          <Field label={t("signup.code")} name="code" errors={error?.fields.code}>
            {(props) => <input {...props} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}
          </Field>
          <ErrorBox message={general(["code", "phoneNumber"])} retryAfter={error?.retryAfter} />
          <button className="primary" disabled={busy}>
            {t("signup.verify")}
          </button>
          <button type="button" className="link" onClick={() => void sendCode()} disabled={busy}>
            {t("signup.resend")}
          </button>
        </form>
      )}
      {step === "profile" && (
        <form onSubmit={register} className="stack" data-test="signup-profile" noValidate>
          <p className="lead">{t("signup.profile")}</p>
          <Field label={t("signup.name")} name="name" errors={error?.fields.name}>
            {(props) => <input {...props} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t("signup.nickname")} name="nickname" errors={error?.fields.nickname}>
            {(props) => <input {...props} autoComplete="nickname" value={nickname} onChange={(e) => setNickname(e.target.value)} />}
          </Field>
          <Field label={t("auth.password")} name="password" errors={error?.fields.password} hint={t("signup.passwordHint")}>
            {(props) => <input {...props} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <ErrorBox message={general(["name", "nickname", "password"])} retryAfter={error?.retryAfter} />
          <button className="primary" disabled={busy}>
            {t("signup.finish")}
          </button>
        </form>
      )}
      <p className="switch">
        {t("auth.haveAccount")} <Link href="/login">{t("auth.login")}</Link>
      </p>
    </AuthFrame>
  );
}
