import { REGION_KIND_LABELS, type RegionKind } from '@sentinel/shared';

export const regionKindLabel = (kind: string) => REGION_KIND_LABELS[kind as RegionKind] ?? kind;
