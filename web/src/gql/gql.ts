/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n": typeof types.AgencyDetailsFragmentDoc,
    "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgencyOptionsDocument,
    "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n": typeof types.AgencyRowFragmentDoc,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.AgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      mustChangePassword\n      agency {\n        id\n        name\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      temporaryPassword\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.MemberDetailsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.MemberDocument,
    "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": typeof types.SetMemberDisabledDocument,
    "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": typeof types.PanelOverviewDocument,
};
const documents: Documents = {
    "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n": types.AgenciesDocument,
    "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n": types.AgencyDetailsFragmentDoc,
    "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AgencyOptionsDocument,
    "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n": types.AgencyRowFragmentDoc,
    "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.AgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      mustChangePassword\n      agency {\n        id\n        name\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n": types.SignInDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      temporaryPassword\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n": types.MemberDetailsFragmentDoc,
    "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    agency {\n      id\n      name\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.MemberDocument,
    "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n": types.SetMemberDisabledDocument,
    "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n": types.PanelOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {\n    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        ...AgencyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyDetails on Agency {\n    id\n    panelId\n    name\n    kind\n    tacticHeadings\n    memberCount\n    version\n    updatedAt\n    isa {\n      reference\n      signedOn\n      expiresOn\n      coversPersonalData\n      allowsPersonalData\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyOptions($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 100, offset: 0) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyRow on Agency {\n    id\n    name\n    kind\n    tacticHeadings\n    memberCount\n    isa {\n      status\n      allowsPersonalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  query Agency($id: ID!) {\n    agency(id: $id) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      ...AgencyDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      mustChangePassword\n      agency {\n        id\n        name\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      agencyId\n      isAdmin\n      mustChangePassword\n      agency {\n        id\n        name\n      }\n      memberships {\n        panelId\n        role\n        permissions\n        panel {\n          id\n          name\n          code\n          forceName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      temporaryPassword\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      temporaryPassword\n      member {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberDetails on Member {\n    id\n    panelId\n    userId\n    name\n    email\n    role\n    disabled\n    version\n    agencyId\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    name\n    email\n    role\n    disabled\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members(\n    $panelId: ID!\n    $agencyId: ID\n    $role: PanelRole\n    $search: String\n    $includeDisabled: Boolean!\n    $limit: Int!\n    $offset: Int!\n  ) {\n    members(\n      panelId: $panelId\n      agencyId: $agencyId\n      role: $role\n      search: $search\n      includeDisabled: $includeDisabled\n      limit: $limit\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        ...MemberRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      id\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PanelOverview($panelId: ID!) {\n    agencies(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n    members(panelId: $panelId, limit: 1) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;