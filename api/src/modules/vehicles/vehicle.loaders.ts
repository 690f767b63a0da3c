import { In } from 'typeorm';
import { defineLoader } from '../../core/graphql/loaders.js';
import { PlaceEntity } from '../places/place.entity.js';
import { VehicleEntity } from './vehicle.entity.js';

export const VEHICLE_BY_ID = defineLoader<string, VehicleEntity | null>('vehicleById', async (ds, ids) => {
  const rows = await ds.getRepository(VehicleEntity).findBy({ id: In([...ids]) });
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
});

export const PLACE_BY_ID = defineLoader<string, PlaceEntity | null>('placeById', async (ds, ids) => {
  const rows = await ds.getRepository(PlaceEntity).findBy({ id: In([...ids]) });
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
});
