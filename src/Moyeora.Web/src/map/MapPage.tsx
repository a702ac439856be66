import { useCallback, useMemo, useRef, useState } from "react";
import type { NearbyPersonDto } from "@moyeora/client";
import { api } from "../api/client";
import { describeError } from "../api/errors";
import { navigate } from "../app/router";
import { meetupMarkers, myPosition, nearbyPeople, radiusMeters, toast } from "../app/state";
import { useStore } from "../app/store";
import { useI18n } from "../i18n/I18n";
import type { MessageKey } from "../i18n/messages";
import { reportPosition, setRadius, watchArea } from "../live/live";
import { formatDistance, formatDistanceRange } from "../meetups/format";
import { clampBounds, radiusOptions, zoomForRadius } from "./geo";
import { fromMarkerDto, isFull, mergeLoadedMarkers } from "./markers";
import { MapView, type MapBounds, type MapPin } from "./MapView";

function personTitle(person: NearbyPersonDto, t: (key: MessageKey) => string): string {
  const parts = [t(`relationship.${person.relationship}` as MessageKey), t(`lastSeen.${person.lastSeen}` as MessageKey)];
  if (person.distance) {
    parts.push(formatDistanceRange(person.distance.minMeters, person.distance.maxMeters));
  }
  return parts.join(" · ");
}

export function MapPage() {
  const { t } = useI18n();
  const position = useStore(myPosition);
  const radius = useStore(radiusMeters);
  const people = useStore(nearbyPeople);
  const markers = useStore(meetupMarkers);
  const [picking, setPicking] = useState(false);
  // Back on the map: start where you are.
  const [view, setView] = useState<{ center: { latitude: number; longitude: number }; zoom: number } | null>(() =>
    position ? { center: position, zoom: zoomForRadius(radius, position.latitude, Math.min(window.innerWidth, window.innerHeight - 160)) } : null,
  );
  const loadSeq = useRef(0);

  const focus = useCallback((latitude: number, longitude: number, meters: number) => {
    setView({ center: { latitude, longitude }, zoom: zoomForRadius(meters, latitude, Math.min(window.innerWidth, window.innerHeight - 160)) });
  }, []);

  const setPosition = useCallback(
    async (latitude: number, longitude: number) => {
      try {
        await reportPosition(latitude, longitude);
      } catch (error) {
        toast.set(describeError(error, t("common.error")));
      }
      focus(latitude, longitude, radiusMeters.get());
    },
    [focus, t],
  );

  const onMapClick = useCallback(
    (latitude: number, longitude: number) => {
      if (picking) {
        setPicking(false);
        void setPosition(latitude, longitude);
      }
    },
    [picking, setPosition],
  );

  const onMoveEnd = useCallback(
    async (view: MapBounds) => {
      const seq = ++loadSeq.current;
      const bounds = clampBounds(view);
      try {
        await watchArea([bounds.south, bounds.west, bounds.north, bounds.east]);
        const loaded = await api.GET("/api/app/meetups/markers", {
          params: { query: { South: bounds.south, West: bounds.west, North: bounds.north, East: bounds.east, MaxResultCount: 200 } },
        });
        if (seq === loadSeq.current) {
          meetupMarkers.set((current) => mergeLoadedMarkers(current, bounds, loaded.map(fromMarkerDto)));
        }
      } catch (error) {
        toast.set(describeError(error, t("common.error")));
      }
    },
    [t],
  );

  const useGps = () => {
    if (!("geolocation" in navigator)) {
      toast.set({ message: t("map.gpsDenied") });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (found) => void setPosition(found.coords.latitude, found.coords.longitude),
      () => toast.set({ message: t("map.gpsDenied") }),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  const changeRadius = async (meters: number) => {
    try {
      await setRadius(meters);
    } catch (error) {
      toast.set(describeError(error, t("common.error")));
    }
    if (position) {
      focus(position.latitude, position.longitude, meters);
    }
  };

  const pins = useMemo<MapPin[]>(() => {
    const list: MapPin[] = Object.values(markers).map((meetup) => ({
      id: `m-${meetup.id}`,
      latitude: meetup.latitude,
      longitude: meetup.longitude,
      className: isFull(meetup) ? "pin meetup full" : "pin meetup",
      title: `${meetup.title} · ${t("common.membersOf", { count: meetup.memberCount, max: meetup.maxMembers })}`,
      label: `${meetup.memberCount}/${meetup.maxMembers}`,
      testId: "meetup-marker",
      onClick: () => navigate(`/meetups/${meetup.id}`),
    }));
    for (const person of people) {
      list.push({
        id: `p-${person.userId}`,
        latitude: person.latitude,
        longitude: person.longitude,
        className: `pin person ${person.relationship}`,
        title: personTitle(person, t),
        testId: "person-marker",
        onClick: () => navigate(`/people/${person.userId}`),
      });
    }
    if (position) {
      list.push({ id: "me", latitude: position.latitude, longitude: position.longitude, className: "pin me", title: t("relationship.self"), testId: "my-marker" });
    }
    return list;
  }, [markers, people, position, t]);

  const ring = useMemo(() => (position ? { ...position, meters: radius } : null), [position, radius]);

  return (
    <section className="map-page">
      <div className="map-tools">
        <button type="button" onClick={useGps} data-test="use-gps">
          {t("map.useGps")}
        </button>
        <button type="button" className={picking ? "active" : undefined} aria-pressed={picking} onClick={() => setPicking(!picking)} data-test="pick-position">
          {t("map.pickHere")}
        </button>
        <label className="radius">
          {t("map.radius")}
          <select value={radius} onChange={(e) => void changeRadius(Number(e.target.value))} data-test="radius">
            {radiusOptions(radius).map((meters) => (
              <option key={meters} value={meters}>
                {formatDistance(meters)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="map-hint" role="status" data-test="map-hint">
        {picking ? t("map.pickHint") : position ? t("map.peopleNearby", { count: people.length }) : t("map.noPosition")}
      </p>
      <MapView
        center={view?.center}
        zoom={view?.zoom}
        pins={pins}
        ring={ring}
        onMapClick={onMapClick}
        onMoveEnd={(bounds) => void onMoveEnd(bounds)}
        className={picking ? "picking" : undefined}
        testId="live-map"
      />
      <ul className="legend">
        <li>
          <i className="dot friend" /> {t("map.legendFriend")}
        </li>
        <li>
          <i className="dot coMember" /> {t("map.legendCoMember")}
        </li>
        <li>
          <i className="dot stranger" /> {t("map.legendStranger")}
        </li>
        <li>
          <i className="dot meetup" /> {t("meetups.recruiting")}
        </li>
      </ul>
    </section>
  );
}
