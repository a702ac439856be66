import { useEffect, useState, type FormEvent } from "react";
import type { Schemas } from "@moyeora/client";
import { api } from "../api/client";
import { describeError, generalMessage, type DescribedError } from "../api/errors";
import { navigate } from "../app/router";
import { myPosition } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import { MapView, type MapPin } from "../map/MapView";
import { ErrorBox, Field } from "../ui/Field";
import { isoToLocalInput, localInputToIso, parseTags } from "./format";

/** The fields this form shows; a server message for any other key goes to the form's general line. */
const fields = ["title", "description", "maxMembers", "startTime", "endTime", "isOnline", "place", "latitude", "longitude", "whatToBring", "tags"] as const;

function inHours(hours: number): string {
  const date = new Date(Date.now() + hours * 3_600_000);
  date.setMinutes(0, 0, 0);
  return isoToLocalInput(date);
}

/** Creates a meetup, or edits `existing` (the host's own). */
export function CreateMeetupPage({ existing }: { existing?: Schemas["MeetupDto"] }) {
  const { t } = useI18n();
  const position = useStore(myPosition);
  const [title, setTitle] = useState(existing?.title ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [maxMembers, setMaxMembers] = useState(String(existing?.maxMembers ?? 4));
  const [start, setStart] = useState(() => (existing ? isoToLocalInput(new Date(existing.startTime)) : inHours(2)));
  const [end, setEnd] = useState(() => (existing ? isoToLocalInput(new Date(existing.endTime)) : inHours(4)));
  const [isOnline, setIsOnline] = useState(existing?.isOnline ?? false);
  const [place, setPlace] = useState(existing?.place ?? "");
  const [point, setPoint] = useState<{ latitude: number; longitude: number } | null>(
    existing?.latitude != null && existing.longitude != null ? { latitude: existing.latitude, longitude: existing.longitude } : null,
  );
  const [tags, setTags] = useState(existing?.tags.join(", ") ?? "");
  const [whatToBring, setWhatToBring] = useState(existing?.whatToBring ?? "");
  const [error, setError] = useState<DescribedError | null>(null);
  const [busy, setBusy] = useState(false);
  // The picker opens on the place (editing) or on you, once.
  const [startCenter] = useState(() => point ?? position);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        title,
        description: description || null,
        maxMembers: Number(maxMembers),
        startTime: localInputToIso(start),
        endTime: localInputToIso(end),
        isOnline,
        place: isOnline ? null : place || null,
        latitude: isOnline ? null : (point?.latitude ?? null),
        longitude: isOnline ? null : (point?.longitude ?? null),
        whatToBring: whatToBring || null,
        tags: parseTags(tags),
      };
      const saved = existing
        ? await api.PUT("/api/app/meetups/{id}", { params: { path: { id: existing.id } }, body })
        : await api.POST("/api/app/meetups", { body });
      navigate(`/meetups/${saved.id}`, true);
    } catch (failure) {
      const described = describeError(failure, t("common.error"));
      setError(described);
    } finally {
      setBusy(false);
    }
  };

  const pins: MapPin[] = point ? [{ id: "place", latitude: point.latitude, longitude: point.longitude, className: "pin meetup picked", title: place || t("create.location"), testId: "picked-place" }] : [];
  const fe = error?.fields ?? {};
  const locationErrors = [...(fe.latitude ?? []), ...(fe.longitude ?? [])].filter((m, i, all) => all.indexOf(m) === i);

  return (
    <section className="page">
      <h1>{existing ? t("create.editTitle") : t("create.title")}</h1>
      <form className="stack" onSubmit={submit} data-test="create-form" noValidate>
        <Field label={t("create.name")} name="title" errors={fe.title}>
          {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t("create.description")} name="description" errors={fe.description}>
          {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="row">
          <Field label={t("create.start")} name="startTime" errors={fe.startTime}>
            {(props) => <input {...props} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
          </Field>
          <Field label={t("create.end")} name="endTime" errors={fe.endTime}>
            {(props) => <input {...props} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />}
          </Field>
        </div>
        <Field label={t("create.maxMembers")} name="maxMembers" errors={fe.maxMembers}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={2} max={255} value={maxMembers} onChange={(e) => setMaxMembers(e.target.value)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={isOnline} onChange={(e) => setIsOnline(e.target.checked)} data-test="is-online" /> {t("create.online")}
        </label>
        {fe.isOnline && (
          <ul className="field-errors" data-test="error-isOnline">
            {fe.isOnline.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {!isOnline && (
          <>
            <Field label={t("create.place")} name="place" errors={fe.place}>
              {(props) => <input {...props} value={place} onChange={(e) => setPlace(e.target.value)} />}
            </Field>
            <div className={locationErrors.length ? "field invalid" : "field"} data-field="location">
              <span className="label">{t("create.location")}</span>
              <p className="hint" data-test="picked-text">
                {point ? t("map.placePicked", { lat: point.latitude.toFixed(5), lng: point.longitude.toFixed(5) }) : t("map.pickPlace")}
              </p>
              <MapView center={startCenter} pins={pins} onMapClick={(latitude, longitude) => setPoint({ latitude, longitude })} className="picker" testId="place-picker" />
              {locationErrors.length > 0 && (
                <ul className="field-errors" data-test="error-location">
                  {locationErrors.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
        <Field label={t("create.tags")} name="tags" errors={fe.tags}>
          {(props) => <input {...props} value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t("create.tagsPlaceholder")} />}
        </Field>
        <Field label={t("create.whatToBring")} name="whatToBring" errors={fe.whatToBring}>
          {(props) => <input {...props} value={whatToBring} onChange={(e) => setWhatToBring(e.target.value)} />}
        </Field>
        <ErrorBox message={generalMessage(error, fields)} retryAfter={error?.retryAfter} />
        <button className="primary" disabled={busy} data-test="create-submit">
          {existing ? t("common.save") : t("create.submit")}
        </button>
      </form>
    </section>
  );
}

/** The host's edit page: loads the meetup, then the same form. */
export function EditMeetupPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [meetup, setMeetup] = useState<Schemas["MeetupDto"] | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  useEffect(() => {
    api
      .GET("/api/app/meetups/{id}", { params: { path: { id } } })
      .then(setMeetup)
      .catch((failure) => setError(describeError(failure, t("common.error"))));
  }, [id, t]);
  if (!meetup) {
    return (
      <section className="page">
        <ErrorBox message={error?.message} />
        {!error && <p className="muted">{t("common.loading")}</p>}
      </section>
    );
  }
  return <CreateMeetupPage existing={meetup} />;
}
