// Side (a): the seed's gateway through the library's public API, exactly as
// main.ts builds it (the same function).
import { addSeedGateway, SEED_PARAMETERS } from "../main";
import { AddGateway, namesOf, suffix } from "./shape";

export const addLibraryGateway: AddGateway = (stack, i, inputs) => {
  const gateway = addSeedGateway(stack, inputs, SEED_PARAMETERS, suffix(i), namesOf(i));
  return { publicIpAddress: gateway.publicIp.ipAddress, gatewayId: gateway.gatewayId };
};
