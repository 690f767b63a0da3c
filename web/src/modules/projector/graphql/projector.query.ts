import { graphql } from '../../../gql';

export const ProjectorQuery = graphql(`
  query Projector($panelId: ID!) {
    projector(panelId: $panelId) {
      meeting { id title status startsAt }
      currentItemTitle
      topGroups { ocgId reference name tier score }
      counts { tier count }
    }
  }
`);
