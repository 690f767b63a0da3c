import { defineByIdLoader } from '../../core/graphql/loaders.js';
import { VehicleEntity } from './vehicle.entity.js';

export const VEHICLE_BY_ID = defineByIdLoader('vehicleById', VehicleEntity);
