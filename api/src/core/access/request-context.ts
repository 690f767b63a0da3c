import type { Request, Response } from 'express';
import type { PanelRole, RegionRole } from '@sentinel/shared';
import type { Loaders } from '../graphql/loaders.js';

export interface ViewerMembership {
  panelId: string;
  role: PanelRole;
}

/** A region (a regional or national unit) the person works in, and their role there. */
export interface ViewerRegion {
  regionId: string;
  role: RegionRole;
}

/** The signed-in person, as their session found them at the start of the request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  agencyId: string | null;
  /** True while the person's agency has an information-sharing agreement in force that covers personal data. */
  agencyAllowsPersonalData: boolean;
  isAdmin: boolean;
  memberships: ViewerMembership[];
  regions: ViewerRegion[];
  /** Whether the person has an authenticator app set up. */
  secondFactorEnrolled: boolean;
  /** When this session proved the second factor (a code, or single sign-on's assurance); null until then. */
  secondFactorAt: string | null;
}

/** The way data left the server, named in every consultation and disclosure row of the s.62 log. */
export type DataChannel = 'GRAPHQL' | 'SUBSCRIPTION' | 'DOCUMENT' | 'EXPORT' | 'MAIL';

/** A record whose personal data an answer shows, noted for the s.62 log. */
export interface ConsultedRecord {
  panelId: string;
  entityType: string;
  entityId: string;
}

/** The first argument of every service method. */
export interface RequestContext {
  viewer: Viewer | null;
  ip: string;
  loaders: Loaders;
  /** Which channel this request's answers leave by (GRAPHQL when not set). */
  channel?: DataChannel;
  req?: Request;
  res?: Response;
  /** Personal data shown in this request, written to the s.62 log once, when the response is sent. */
  consulted?: Map<string, ConsultedRecord>;
}

/** A context for work that no person started (demo data, command-line tasks). */
export function systemContext(loaders: Loaders): RequestContext {
  return { viewer: null, ip: 'system', loaders };
}
