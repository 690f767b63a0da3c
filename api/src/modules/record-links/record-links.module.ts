import { Module } from '@nestjs/common';
import { NominalsModule } from '../nominals/nominals.module.js';
import { OcgsModule } from '../ocgs/ocgs.module.js';
import { PlacesModule } from '../places/places.module.js';
import { VehiclesModule } from '../vehicles/vehicles.module.js';
import { NominalLinksResolver, OcgLinksResolver, PlaceLinksResolver, VehicleLinksResolver } from './linked-records.resolver.js';
import { RecordLinksResolver } from './record-links.resolver.js';
import { RecordLinksService } from './record-links.service.js';

/** Links between a panel's groups, nominals, vehicles and places: the fields that follow them and the mutations that change them. */
@Module({
  imports: [OcgsModule, NominalsModule, VehiclesModule, PlacesModule],
  providers: [RecordLinksService, RecordLinksResolver, OcgLinksResolver, NominalLinksResolver, VehicleLinksResolver, PlaceLinksResolver],
})
export class RecordLinksModule {}
