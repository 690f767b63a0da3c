import { graphql } from '../../../gql';

export const OcgRowFragment = graphql(`
  fragment OcgRow on Ocg {
    id
    reference
    name
    status
    tier
    scoreTotal
    crimeTypes
    areas
    lroName
    gscMarking
    openTaskCount
    overdueTaskCount
  }
`);
