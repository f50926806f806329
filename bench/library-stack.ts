// Side (a): the seed's gateway through the library's public API, as main.ts builds it.
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayCapacity,
  GatewayNetwork,
  GatewaySku,
  ListenerCertificate,
  MtlsApplicationGateway,
  SslPolicy,
} from "../lib";
import { AddGateway, namesOf, SEED, suffix } from "./shape";

export const addLibraryGateway: AddGateway = (stack, i, inputs) => {
  const names = namesOf(i);
  const { resourceGroupName, location } = inputs;
  const network = new GatewayNetwork(stack, `Network${suffix(i)}`, {
    name: names.vnet,
    resourceGroupName,
    location,
    addressSpace: [SEED.addressPrefix],
    gatewaySubnetName: SEED.gatewaySubnet.name,
    gatewaySubnetPrefix: SEED.gatewaySubnet.prefix,
    backendSubnetName: SEED.backendSubnet.name,
    backendSubnetPrefix: SEED.backendSubnet.prefix,
  });
  const gateway = new MtlsApplicationGateway(stack, `Gateway${suffix(i)}`, {
    name: names.gateway,
    resourceGroupName,
    location,
    subnet: network.gatewaySubnet,
    sku: SEED.sku as GatewaySku,
    capacity: GatewayCapacity.fixed(SEED.capacity),
    sslPolicy: SslPolicy.predefined(SEED.sslPolicy),
    publicIpName: names.publicIp,
    gatewayIpConfigurationName: SEED.gatewayIpConfiguration,
    frontendIpConfigurationName: SEED.frontendIpConfiguration,
  });
  const profile = gateway.addSslProfile(SEED.sslProfile, { clientAuthentication: ClientAuthentication.passthrough() });
  const listener = gateway.addHttpsListener(SEED.listener, {
    port: SEED.frontendPort.port,
    frontendPortName: SEED.frontendPort.name,
    certificate: ListenerCertificate.fromPfx(SEED.certificate, { data: inputs.certData, password: inputs.certPassword }),
    sslProfile: profile,
  });
  const pool = gateway.addBackendPool(SEED.backendPool.name, { fqdns: [SEED.backendPool.fqdn] });
  const settings = gateway.addBackendSettings(SEED.backendSettings.name, {
    protocol: SEED.backendSettings.protocol as BackendProtocol,
    port: SEED.backendSettings.port,
  });
  gateway.addRoutingRule(SEED.rule.name, {
    priority: SEED.rule.priority,
    listener,
    backendPool: pool,
    backendSettings: settings,
  });
  return { publicIpAddress: gateway.publicIp.ipAddress, gatewayId: gateway.resource.id };
};
