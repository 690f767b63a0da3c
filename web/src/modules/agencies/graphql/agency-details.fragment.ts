import { graphql } from '../../../gql';

export const AgencyDetailsFragment = graphql(`
  fragment AgencyDetails on Agency {
    id
    panelId
    name
    kind
    tacticHeadings
    memberCount
    version
    updatedAt
    isa {
      reference
      signedOn
      expiresOn
      coversPersonalData
      allowsPersonalData
      status
    }
  }
`);
