import { Module } from '@nestjs/common';
import { PlacesResolver } from './places.resolver.js';
import { PlacesService } from './places.service.js';

@Module({ providers: [PlacesResolver, PlacesService], exports: [PlacesService] })
export class PlacesModule {}
