export type MapPlace = {
  id: string;
  label: string;
  area: string | null;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  groups: string[];
};
export type AreaCount = { area: string; activity: number; highHarmPlaces: number };
