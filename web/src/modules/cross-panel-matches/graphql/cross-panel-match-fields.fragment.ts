import { graphql } from '../../../gql';

export const CrossPanelMatchFieldsFragment = graphql(`
  fragment CrossPanelMatchFields on CrossPanelMatch {
    id
    kind
    status
    recordId
    recordReference
    recordName
    otherPanelName
    otherPanelForce
    otherContacts {
      name
      email
    }
    foundAt
    closedAt
    agreedAt
    agreedByName
    declinedAt
    declinedByName
    otherAgreed
    otherDeclined
    version
  }
`);
