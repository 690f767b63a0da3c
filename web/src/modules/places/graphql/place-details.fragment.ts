import { graphql } from '../../../gql';

export const PlaceDetailsFragment = graphql(`
  fragment PlaceDetails on Place {
    id
    panelId
    label
    personalDataWithheld
    kind
    area
    highHarm
    chbPhase
    latitude
    longitude
    version
  }
`);
