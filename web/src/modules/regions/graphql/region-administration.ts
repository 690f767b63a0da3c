import { graphql } from '../../../gql';

export const AdministeredRegionFieldsFragment = graphql(`
  fragment AdministeredRegionFields on AdministeredRegion {
    id
    name
    kind
    version
    panels {
      id
      name
    }
    analysts {
      userId
      name
      email
    }
  }
`);

export const AdministeredRegionsQuery = graphql(`
  query AdministeredRegions {
    administeredRegions {
      ...AdministeredRegionFields
    }
  }
`);

export const AdministeredRegionQuery = graphql(`
  query AdministeredRegion($id: ID!) {
    administeredRegion(id: $id) {
      ...AdministeredRegionFields
    }
  }
`);

export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      ...AdministeredRegionFields
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      ...AdministeredRegionFields
    }
  }
`);

export const AddRegionAnalystMutation = graphql(`
  mutation AddRegionAnalyst($input: AddRegionAnalystInput!) {
    addRegionAnalyst(input: $input) {
      ...AdministeredRegionFields
    }
  }
`);

export const RemoveRegionAnalystMutation = graphql(`
  mutation RemoveRegionAnalyst($input: RemoveRegionAnalystInput!) {
    removeRegionAnalyst(input: $input) {
      ...AdministeredRegionFields
    }
  }
`);
