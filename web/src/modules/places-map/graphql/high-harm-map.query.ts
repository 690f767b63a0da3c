import { graphql } from '../../../gql';

export const HighHarmMapQuery = graphql(`
  query HighHarmMap($panelId: ID!, $filter: HighHarmMapFilter) {
    highHarmMap(panelId: $panelId, filter: $filter) {
      places { id label withheld kind area latitude longitude chbPhase groupReferences }
      areas { area activeGroups highHarmPlaces disruptionsLast12Months }
    }
  }
`);
