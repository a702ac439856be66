import { useEffect, useRef, useState } from "react";
import type { Map as MapLibreMap, Marker } from "maplibre-gl";
import { useI18n } from "../i18n/I18n";
import { loadConfig, plainStyle } from "./config";
import { circlePolygon } from "./geo";

export interface MapPin {
  id: string;
  latitude: number;
  longitude: number;
  /** CSS classes of the pin, e.g. `pin meetup full`. */
  className: string;
  title: string;
  label?: string;
  testId?: string;
  onClick?: () => void;
}

export interface MapBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

interface Props {
  center?: { latitude: number; longitude: number } | null;
  zoom?: number;
  pins: readonly MapPin[];
  ring?: { latitude: number; longitude: number; meters: number } | null;
  onMapClick?: (latitude: number, longitude: number) => void;
  onMoveEnd?: (bounds: MapBounds) => void;
  className?: string;
  testId?: string;
}

type MapLibre = typeof import("maplibre-gl");

/** MapLibre (loaded on first use, in its own chunk), with HTML pins and an optional radius ring. */
export function MapView({ center, zoom, pins, ring, onMapClick, onMoveEnd, className, testId }: Props) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const lib = useRef<MapLibre | null>(null);
  const markers = useRef(new Map<string, { marker: Marker; key: string }>());
  const handlers = useRef({ onMapClick, onMoveEnd });
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  handlers.current = { onMapClick, onMoveEnd };

  useEffect(() => {
    let disposed = false;
    let created: MapLibreMap | undefined;
    void (async () => {
      try {
        const [maplibre, config, worker] = await Promise.all([
          import("maplibre-gl"),
          loadConfig(),
          // MapLibre looks for its worker beside its own module, which bundling moves: Vite builds the worker
          // (with the code it shares) as a module of its own and gives its URL.
          import("maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url"),
          import("maplibre-gl/dist/maplibre-gl.css"),
        ]);
        if (disposed || !container.current) {
          return;
        }
        maplibre.setWorkerUrl(worker.default);
        lib.current = maplibre;
        const start = center ?? config.defaultCenter;
        const instance = (created = new maplibre.Map({
          container: container.current,
          style: config.mapStyleUrl ?? plainStyle(),
          center: [start.longitude, start.latitude],
          zoom: zoom ?? config.defaultZoom,
          attributionControl: config.mapStyleUrl ? undefined : false,
        }));
        instance.addControl(new maplibre.NavigationControl({ showCompass: false }), "top-right");
        instance.on("click", (event) => handlers.current.onMapClick?.(event.lngLat.lat, event.lngLat.lng));
        const reportBounds = () => {
          const b = instance.getBounds();
          handlers.current.onMoveEnd?.({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
        };
        instance.on("moveend", reportBounds);
        instance.on("load", () => {
          instance.addSource("ring", { type: "geojson", data: { type: "FeatureCollection", features: [] } });
          instance.addLayer({ id: "ring-fill", type: "fill", source: "ring", paint: { "fill-color": "#ff6b3d", "fill-opacity": 0.06 } });
          instance.addLayer({ id: "ring-line", type: "line", source: "ring", paint: { "line-color": "#e8590c", "line-width": 1.5, "line-dasharray": [2, 2] } });
          map.current = instance;
          container.current?.setAttribute("data-ready", "true");
          setReady(true);
          reportBounds();
        });
      } catch {
        if (!disposed) {
          setFailed(true);
        }
      }
    })();
    const pinsRef = markers.current;
    return () => {
      disposed = true;
      pinsRef.forEach(({ marker }) => marker.remove());
      pinsRef.clear();
      created?.remove();
      map.current = null;
    };
    // The map is created once; later centre changes go through flyTo below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Pins: add new ones, move or restyle changed ones, remove the gone ones.
  useEffect(() => {
    const instance = map.current;
    const maplibre = lib.current;
    if (!instance || !maplibre) {
      return;
    }
    const seen = new Set<string>();
    for (const pin of pins) {
      seen.add(pin.id);
      const key = `${pin.latitude}|${pin.longitude}|${pin.className}|${pin.title}|${pin.label ?? ""}`;
      const existing = markers.current.get(pin.id);
      if (existing?.key === key) {
        continue;
      }
      existing?.marker.remove();
      const element = document.createElement("button");
      element.type = "button";
      element.className = pin.className;
      element.title = pin.title;
      element.setAttribute("aria-label", pin.title);
      if (pin.testId) {
        element.dataset.test = pin.testId;
      }
      element.dataset.id = pin.id;
      if (pin.label) {
        const label = document.createElement("span");
        label.textContent = pin.label;
        element.appendChild(label);
      }
      if (pin.onClick) {
        const click = pin.onClick;
        element.addEventListener("click", (event) => {
          event.stopPropagation();
          click();
        });
      } else {
        element.tabIndex = -1;
      }
      const marker = new maplibre.Marker({ element }).setLngLat([pin.longitude, pin.latitude]).addTo(instance);
      markers.current.set(pin.id, { marker, key });
    }
    for (const [id, { marker }] of markers.current) {
      if (!seen.has(id)) {
        marker.remove();
        markers.current.delete(id);
      }
    }
  }, [pins, ready]);

  useEffect(() => {
    const source = map.current?.getSource("ring") as import("maplibre-gl").GeoJSONSource | undefined;
    source?.setData({
      type: "FeatureCollection",
      features: ring ? [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [circlePolygon(ring.latitude, ring.longitude, ring.meters)] } }] : [],
    });
  }, [ring, ready]);

  useEffect(() => {
    if (center && map.current) {
      map.current.easeTo({ center: [center.longitude, center.latitude], zoom: zoom ?? map.current.getZoom(), duration: 400 });
    }
  }, [center, zoom, ready]);

  return (
    <div className={`map ${className ?? ""}`} data-test={testId}>
      <div ref={container} className="map-canvas" />
      {failed && <p className="map-failed">{t("map.unavailable")}</p>}
    </div>
  );
}
