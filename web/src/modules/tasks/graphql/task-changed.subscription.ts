import { graphql } from '../../../gql';

// Only what identifies the change: the page then asks again for what it shows.
export const TaskChangedSubscription = graphql(`
  subscription TaskChanged($panelId: ID!) {
    taskChanged(panelId: $panelId) {
      id
      status
      version
      updatedAt
    }
  }
`);
