// Where the best-practice rules come from: PSRule.Rules.Azure's Azure.AppGw* rules and the
// Well-Architected Framework's service guide for Application Gateway. Each rule's source
// names its anchors, as a rule name and a URL.

/** A PSRule.Rules.Azure rule, by name, with its documentation page. */
export const psrule = (name: string): string => `PSRule.Rules.Azure ${name} (https://azure.github.io/PSRule.Rules.Azure/en/rules/${name}/)`;

/** A pillar's recommendations in the Well-Architected service guide for Application Gateway v2. */
export const wellArchitected = (pillar: string): string =>
  `Well-Architected service guide for Application Gateway, ${pillar} (https://learn.microsoft.com/azure/well-architected/service-guides/azure-application-gateway)`;
