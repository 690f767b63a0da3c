import { graphql } from '../../../gql';

export const ReferralDetailsFragment = graphql(`
  fragment ReferralDetails on Referral {
    id
    panelId
    reference
    status
    createdAt
    updatedAt
    decidedAt
    summary
    onBehalfOf
    crimeReferences
    vehicles
    places
    offendersWithheld
    withheldReason
    offenders {
      name
      dateOfBirth
      description
    }
    fromAgency {
      id
      name
    }
    ocgId
    ocgReference
    ocg {
      id
      name
    }
    declineReason
    version
  }
`);
