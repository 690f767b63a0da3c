import { graphql } from '../../../gql';

export const OcgDetailsFragment = graphql(`
  fragment OcgDetails on Ocg {
    id
    panelId
    reference
    name
    status
    crimeTypes
    areas
    summary
    lroUserId
    lroName
    sroUserId
    sroName
    dateMapped
    nextReviewOn
    archivedAt
    gscMarking
    tier
    scoreTotal
    scoredAt
    updatedAt
    version
  }
`);
