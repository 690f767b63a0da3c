import { graphql } from '../../../gql';

export const CrossPanelMatchDetailsQuery = graphql(`
  query CrossPanelMatchDetails($id: ID!) {
    crossPanelMatchDetails(id: $id) {
      matchId
      kind
      otherPanelName
      reference
      nominal {
        surname
        forenames
        aliases
        dateOfBirth
      }
      vehicle {
        registration
        make
        model
        colour
      }
      group {
        name
        status
        tier
        scoreTotal
      }
    }
  }
`);
