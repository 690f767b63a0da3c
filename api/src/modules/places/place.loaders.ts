import { defineByIdLoader } from '../../core/graphql/loaders.js';
import { PlaceEntity } from './place.entity.js';

export const PLACE_BY_ID = defineByIdLoader('placeById', PlaceEntity);
