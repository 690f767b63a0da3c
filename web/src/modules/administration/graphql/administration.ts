import { graphql } from '../../../gql';

export const AdministeredPanelsQuery = graphql(`
  query AdministeredPanels($search: String, $limit: Int!, $offset: Int!) {
    administeredPanels(search: $search, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        code
        name
        forceName
        disabled
        activeMembers
        chairs
        version
      }
    }
  }
`);

export const CreatePanelMutation = graphql(`
  mutation CreatePanel($input: CreatePanelInput!) {
    createPanel(input: $input) {
      id
      code
      name
    }
  }
`);

export const SetPanelDisabledMutation = graphql(`
  mutation SetPanelDisabled($input: SetPanelDisabledInput!) {
    setPanelDisabled(input: $input) {
      id
      disabled
      version
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $limit: Int!, $offset: Int!) {
    adminUsers(search: $search, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        name
        email
        isAdmin
        disabled
        invited
        lastSignedInAt
        memberships {
          panelId
          panelCode
          role
        }
      }
    }
  }
`);
