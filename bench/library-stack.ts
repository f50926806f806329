// Side (a): the gateways through the library's public API. The seed's is exactly
// what main.ts builds (the same function); the big one is built from BIG_PARTS the
// way a user adds parts, with the library's defaults for everything else.
import { addSeedGateway, SEED_PARAMETERS } from "../main";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayNetwork,
  ListenerCertificate,
  MtlsApplicationGateway,
  SslProfile,
} from "../lib";
import { AddGateway, BIG_PARTS, namesOf, profilesOf, suffix } from "./shape";

export const addLibraryGateway: AddGateway = (stack, i, inputs) => {
  const gateway = addSeedGateway(stack, inputs, SEED_PARAMETERS, suffix(i), namesOf(i));
  return { publicIpAddress: gateway.publicIp!.ipAddress, gatewayId: gateway.gatewayId };
};

export const addLibraryBigGateway: AddGateway = (stack, i, inputs) => {
  const names = namesOf(i);
  const { resourceGroupName, location } = inputs;
  const network = new GatewayNetwork(stack, `Network${suffix(i)}`, { name: names.vnet, resourceGroupName, location });
  const gateway = new MtlsApplicationGateway(stack, `Gateway${suffix(i)}`, {
    name: names.gateway,
    publicIpName: names.publicIp,
    resourceGroupName,
    location,
    subnet: network.gatewaySubnet,
  });
  const certificate = ListenerCertificate.fromPfx(BIG_PARTS.certificate, { data: inputs.certData, password: inputs.certPassword });
  const profiles = new Map<string, SslProfile>(
    profilesOf(BIG_PARTS).map((name) => [name, gateway.addSslProfile(name, { clientAuthentication: ClientAuthentication.passthrough() })]),
  );
  for (const route of BIG_PARTS.routes) {
    const listener = gateway.addHttpsListener(route.listener, {
      port: route.port.port,
      frontendPortName: route.port.name,
      hostNames: route.hostNames,
      certificate,
      sslProfile: route.profile ? profiles.get(route.profile) : undefined,
    });
    const backendPool = gateway.addBackendPool(route.pool.name, { fqdns: [route.pool.fqdn] });
    const backendSettings = gateway.addBackendSettings(route.settings.name, {
      protocol: route.settings.protocol === "Https" ? BackendProtocol.HTTPS : BackendProtocol.HTTP,
      port: route.settings.port,
    });
    gateway.addRoutingRule(route.rule.name, { priority: route.rule.priority, listener, backendPool, backendSettings });
  }
  return { publicIpAddress: gateway.publicIp!.ipAddress, gatewayId: gateway.gatewayId };
};
