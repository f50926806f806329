// The gateway's frontends: the public IPv4 it creates, one you own, none (a private-only
// gateway), an IPv6 public frontend, and Private Link configurations, in both deployment modes.
import { Adoption, FrontendPublicIp, GatewayDeployment, GatewaySubnet, ListenerFrontend, MtlsApplicationGateway, MtlsApplicationGatewayProps } from "../../lib";
import { GatewayTesting } from "../../lib/testing";
import { bareGateway, CERT, completeRoute, onlyResource, SUBNET_ID, synthJson, testStack } from "../support/stack";
import { AZURERM as FLAVOUR } from "../support/flavour";
import { expectNoChanges } from "../support/deploy-checks";
import { azurermErrors, deployStack, gatewayPlan } from "../support/provider-model";

const { AZURERM_WITH_PASSTHROUGH_PATCH: AZURERM, SINGLE_AZAPI_RESOURCE: SINGLE } = GatewayDeployment;
const PIP_ID = SUBNET_ID.replace(/virtualNetworks.*/, "publicIPAddresses/reserved-v4");
const LINK_SUBNET = SUBNET_ID.replace("/subnets/appgw", "/subnets/privatelink");
const DUAL_STACK = GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", ipv6AddressPrefix: "fd00:db8::/64" });

/** A gateway with one listener per frontend given, synthesized; its frontends as each mode writes them. */
function frontends(props: Partial<MtlsApplicationGatewayProps>, listeners: ListenerFrontend[], deployment = AZURERM) {
  const stack = testStack();
  const gateway = bareGateway(stack, { deployment, ...props });
  listeners.forEach((frontend, i) => completeRoute(gateway, gateway.addHttpsListener(`l${i}`, { certificate: CERT, frontend, port: 443 + i }), 10 + i));
  const json = synthJson(stack);
  const written =
    deployment === AZURERM
      ? onlyResource(json, "azurerm_application_gateway").config
      : onlyResource(json, "azapi_resource").config.body.properties;
  return { stack, gateway, json, written };
}

describe.each([AZURERM, SINGLE])("in %s mode", (deployment) => {
  const ipsOf = (json: any) => Object.values(json.resource.azurerm_public_ip ?? {}) as any[];

  test("by default the gateway creates one Standard static IPv4 public IP for its one public frontend", () => {
    const { json, gateway } = frontends({}, [ListenerFrontend.PUBLIC], deployment);
    expect(ipsOf(json)).toEqual([expect.objectContaining({ name: "agw-pip", sku: "Standard", allocation_method: "Static" })]);
    expect(ipsOf(json)[0].ip_version).toBeUndefined();
    expect(gateway.publicIp).toBeDefined();
    expect(gateway.hasPublicFrontend).toBe(true);
  });

  test("FrontendPublicIp.fromId: no public IP resource, the frontend points at the one you own", () => {
    const { json, written, gateway } = frontends({ publicIp: FrontendPublicIp.fromId(PIP_ID) }, [ListenerFrontend.PUBLIC], deployment);
    expect(json.resource.azurerm_public_ip).toBeUndefined();
    expect(gateway.publicIp).toBeUndefined();
    const ids = deployment === AZURERM
      ? written.frontend_ip_configuration.map((f: any) => f.public_ip_address_id)
      : written.frontendIPConfigurations.map((f: any) => f.properties.publicIPAddress?.id);
    expect(ids).toEqual([PIP_ID]);
  });

  test("FrontendPublicIp.none(): a private-only gateway, one private frontend, no public IP anywhere", () => {
    const { json, written, gateway } = frontends({ publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10" }, [ListenerFrontend.PRIVATE], deployment);
    expect(json.resource.azurerm_public_ip).toBeUndefined();
    expect(gateway.hasPublicFrontend).toBe(false);
    const names = deployment === AZURERM ? written.frontend_ip_configuration.map((f: any) => f.name) : written.frontendIPConfigurations.map((f: any) => f.name);
    expect(names).toEqual(["appGatewayPrivateFrontendIP"]);
    expect(JSON.stringify(written)).not.toMatch(/publicIPAddress|public_ip_address_id/);
  });

  test("an IPv6 public frontend: a Standard static IPv6 public IP named <name>-pip-v6, bound by PUBLIC_IPV6 listeners", () => {
    const { json, written, gateway } = frontends({ subnet: DUAL_STACK, ipv6PublicIp: FrontendPublicIp.create() }, [ListenerFrontend.PUBLIC, ListenerFrontend.PUBLIC_IPV6], deployment);
    expect(ipsOf(json).map((ip) => [ip.name, ip.ip_version]).sort()).toEqual([["agw-pip", undefined], ["agw-pip-v6", "IPv6"]]);
    expect(gateway.ipv6PublicIp).toBeDefined();
    const listeners =
      deployment === AZURERM
        ? written.http_listener.map((l: any) => l.frontend_ip_configuration_name)
        : written.httpListeners.map((l: any) => l.properties.frontendIPConfiguration.id.split("/").pop());
    expect(listeners).toEqual(["appGatewayFrontendIP", "appGatewayFrontendIPv6"]);
  });

  test("a Private Link configuration: IP configurations <name>-ip<n>, Dynamic, the first primary; its frontend refers to it", () => {
    const link = { name: "partners", frontend: ListenerFrontend.PRIVATE, subnetId: LINK_SUBNET, ipConfigurations: 2 };
    const { written } = frontends({ privateFrontendIpAddress: "10.0.0.10", privateLinkConfigurations: [link] }, [ListenerFrontend.PUBLIC], deployment);
    if (deployment === AZURERM) {
      expect(written.private_link_configuration).toEqual([
        {
          name: "partners",
          ip_configuration: [
            { name: "partners-ip1", subnet_id: LINK_SUBNET, private_ip_address_allocation: "Dynamic", primary: true },
            { name: "partners-ip2", subnet_id: LINK_SUBNET, private_ip_address_allocation: "Dynamic", primary: false },
          ],
        },
      ]);
      expect(written.frontend_ip_configuration.map((f: any) => f.private_link_configuration_name)).toEqual([undefined, "partners"]);
    } else {
      expect(written.privateLinkConfigurations).toEqual([
        {
          name: "partners",
          properties: {
            ipConfigurations: [
              { name: "partners-ip1", properties: { subnet: { id: LINK_SUBNET }, privateIPAllocationMethod: "Dynamic", primary: true } },
              { name: "partners-ip2", properties: { subnet: { id: LINK_SUBNET }, privateIPAllocationMethod: "Dynamic", primary: false } },
            ],
          },
        },
      ]);
      expect(written.frontendIPConfigurations[1].properties.privateLinkConfiguration.id).toMatch(/\/applicationGateways\/agw\/privateLinkConfigurations\/partners$/);
    }
  });

  test("GatewayTesting.summarize names each listener's frontend the same in both modes", () => {
    const { stack } = frontends(
      { subnet: DUAL_STACK, ipv6PublicIp: FrontendPublicIp.create(), privateFrontendIpAddress: "10.0.0.10" },
      [ListenerFrontend.PUBLIC, ListenerFrontend.PUBLIC_IPV6, ListenerFrontend.PRIVATE],
      deployment,
    );
    expect(GatewayTesting.summarize(stack).listeners.map((l) => l.frontend)).toEqual(["public", "public-ipv6", "private"]);
  });
});

describe("what Azure refuses, refused where it is given", () => {
  const build = (props: Partial<MtlsApplicationGatewayProps>) => () => bareGateway(testStack(), props);

  test("a private-only gateway without a private frontend, or with public IP diagnostics", () => {
    expect(build({ publicIp: FrontendPublicIp.none() })).toThrow(/publicIp = "FrontendPublicIp.none\(\)" is not allowed.*\[AGW-PRIVATE-ONLY\]/s);
    expect(build({ publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10", logAnalyticsWorkspaceId: SUBNET_ID.replace(/Microsoft.Network.*/, "Microsoft.OperationalInsights/workspaces/logs"), publicIpDiagnostics: true })).toThrow(
      /publicIpDiagnostics = true.*\[AGW-PRIVATE-ONLY\]/s,
    );
  });

  test("an IPv6 frontend without the IPv4 public one, or in an IPv4-only subnet: the note says which", () => {
    expect(build({ ipv6PublicIp: FrontendPublicIp.create() })).toThrow(/the gateway's subnet has no IPv6 prefix.*\[AGW-IPV6-FRONTEND\]/s);
    expect(build({ subnet: DUAL_STACK, publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10", ipv6PublicIp: FrontendPublicIp.create() })).toThrow(
      /the gateway has no IPv4 public frontend.*\[AGW-IPV6-FRONTEND\]/s,
    );
    // FrontendPublicIp.none() for the IPv6 frontend is no IPv6 frontend: nothing to check.
    expect(build({ ipv6PublicIp: FrontendPublicIp.none() })).not.toThrow();
  });

  test("two Private Link configurations on one frontend, and one on the IPv6 frontend", () => {
    const link = (name: string, frontend = ListenerFrontend.PUBLIC) => ({ name, frontend, subnetId: LINK_SUBNET });
    expect(build({ privateLinkConfigurations: [link("a"), link("b")] })).toThrow(/privateLinkConfigurations\[1\]\.frontend = "public".*\[AGW-PRIVATE-LINK-FRONTEND\]/s);
    expect(build({ subnet: DUAL_STACK, ipv6PublicIp: FrontendPublicIp.create(), privateLinkConfigurations: [link("a", ListenerFrontend.PUBLIC_IPV6)] })).toThrow(
      /\[AGW-PRIVATE-LINK-FRONTEND\]/,
    );
  });

  test("a Private Link subnet that is the gateway's own, spelled in another case", () => {
    const stack = testStack();
    const props = { name: "agw", resourceGroupName: "rg", location: "westus", subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID }) };
    const link = { name: "a", frontend: ListenerFrontend.PUBLIC, subnetId: SUBNET_ID.replace("appgw", "APPGW") };
    expect(() => new MtlsApplicationGateway(stack, "Gw", { ...props, privateLinkConfigurations: [link] })).toThrow(/the gateway's own subnet.*\[AGW-PRIVATE-LINK-SUBNET\]/s);
  });

  test("adoption imports only a public IP the gateway creates", () => {
    const adopt = Adoption.inSubscription("00000000-0000-0000-0000-000000000000");
    const owned = frontends({ adopt, publicIp: FrontendPublicIp.fromId(PIP_ID) }, [ListenerFrontend.PUBLIC]).json;
    expect(JSON.stringify(owned.import ?? [])).not.toMatch(/publicIPAddresses/);
    const created = frontends({ adopt, subnet: DUAL_STACK, ipv6PublicIp: FrontendPublicIp.create() }, [ListenerFrontend.PUBLIC]).json;
    expect(JSON.stringify(created.import)).toMatch(/publicIPAddresses\/agw-pip-v6/);
  });
});

describe("layer-4 listeners bind the frontends the gateway has, as HTTPS listeners do", () => {
  const privateOnly = { publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10", deployment: SINGLE };
  const tcpOn = (frontend: ListenerFrontend, deployment = SINGLE) => () => {
    const stack = testStack();
    const gateway = bareGateway(stack, { ...privateOnly, deployment });
    const listener = gateway.addTcpListener("tcp", { port: 1883, frontend });
    const backendPool = gateway.addBackendPool("brokers", { ipAddresses: ["10.1.0.4"] });
    const backendSettings = gateway.addLayer4BackendSettings("mqtt", { port: 1883 });
    gateway.addLayer4RoutingRule("mqtt", { priority: 10, listener, backendPool, backendSettings });
    return synthJson(stack);
  };

  test("a TCP-only private gateway: its listener on the public frontend is refused, on the private one written", () => {
    expect(tcpOn(ListenerFrontend.PUBLIC)).toThrow(/Listener\/tcp: frontend = "public" is not allowed.*\[AGW-LISTENER-FRONTEND\]/s);
    const body = onlyResource(tcpOn(ListenerFrontend.PRIVATE)(), "azapi_resource").config.body.properties;
    expect(body.listeners.map((l: any) => l.properties.frontendIPConfiguration.id)).toEqual([expect.stringMatching(/\/frontendIPConfigurations\/appGatewayPrivateFrontendIP$/)]);
  });

  if (FLAVOUR.layer4Blocks) {
    test("azurerm 4.73 (cdktn flavour): the TCP-only private gateway deploys in the default mode without any HTTP block (AtLeastOneOf met by the layer-4 twins), and its next plan is empty", () => {
      const json = tcpOn(ListenerFrontend.PRIVATE, AZURERM)();
      const gw = onlyResource(json, "azurerm_application_gateway");
      for (const block of ["http_listener", "backend_http_settings", "request_routing_rule"]) expect(gw.config[block] ?? []).toEqual([]);
      expect(azurermErrors(json, gw.address)).toEqual([]);
      const [g] = deployStack(json);
      expect((g.final.properties as any).listeners.map((l: any) => l.name)).toEqual(["tcp"]);
      expect(gatewayPlan(g)).toEqual([]);
      expectNoChanges(json);
    });
  }
});
