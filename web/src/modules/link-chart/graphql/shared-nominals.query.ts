import { graphql } from '../../../gql';

export const SharedNominalsQuery = graphql(`
  query SharedNominals($panelId: ID!) {
    sharedNominals(panelId: $panelId) {
      nominal { id reference displayName }
      groups { ocgId reference name role }
    }
  }
`);
