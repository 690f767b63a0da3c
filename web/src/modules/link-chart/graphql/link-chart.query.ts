import { graphql } from '../../../gql';

export const LinkChartQuery = graphql(`
  query LinkChart($panelId: ID!, $ocgId: ID, $depth: Int, $includeArchived: Boolean) {
    linkChart(panelId: $panelId, ocgId: $ocgId, depth: $depth, includeArchived: $includeArchived) {
      truncated
      nodes { id kind label sublabel recordId ocgCount shared }
      edges { id source target kind role }
    }
  }
`);
