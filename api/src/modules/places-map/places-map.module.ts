import { Module } from '@nestjs/common';
import { PlacesMapResolver } from './places-map.resolver.js';
import { PlacesMapService } from './places-map.service.js';

@Module({ providers: [PlacesMapResolver, PlacesMapService] })
export class PlacesMapModule {}
