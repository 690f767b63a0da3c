import { graphql } from '../../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      agencyId
      isAdmin
      secondFactor {
        enrolled
        required
        verified
      }
      agency {
        id
        name
      }
      regions {
        regionId
        name
        kind
        role
      }
      memberships {
        panelId
        role
        permissions
        panel {
          id
          name
          code
          forceName
        }
      }
    }
  }
`);
