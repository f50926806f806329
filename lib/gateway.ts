import {
  ApplicationGateway,
  applicationGatewayBackendAddressPoolToTerraform,
  applicationGatewayBackendHttpSettingsToTerraform,
  applicationGatewayFrontendPortToTerraform,
  applicationGatewayHttpListenerToTerraform,
  applicationGatewayRequestRoutingRuleToTerraform,
  applicationGatewaySslCertificateToTerraform,
  applicationGatewaySslProfileToTerraform,
  applicationGatewayTrustedClientCertificateToTerraform,
} from "@cdktf/provider-azurerm/lib/application-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Annotations, IResolvable, Lazy } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { BackendPool, BackendPoolProps } from "./backend-pool";
import { BackendSettings, BackendSettingsProps } from "./backend-settings";
import { ListenerCertificate } from "./certificate";
import { TrustedClientCertificate } from "./client-authentication";
import { assertValid, formatProblem } from "./errors";
import { HttpsListener, HttpsListenerProps } from "./listener";
import { GatewaySubnet } from "./network";
import { PassthroughPatch } from "./passthrough-patch";
import { RoutingRule, RoutingRuleProps } from "./routing-rule";
import { checkGateway } from "./rules/gateway-rules";
import { Finding, GatewayView } from "./rules/gateway-view";
import { Severity } from "./rules/rule";
import { autoscaleMaxRule, autoscaleMinRule, fixedCapacityRule, nameRule } from "./rules/values";
import { GatewayCapacity, GatewaySku, skuTier } from "./sku";
import { SslPolicy } from "./ssl-policy";
import { SslProfile, SslProfileProps } from "./ssl-profile";

/** Props of an mTLS-capable Application Gateway. */
export interface MtlsApplicationGatewayProps {
  /** Name of the Application Gateway resource. */
  readonly name: string;
  /** Resource group to deploy into. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /** The subnet the gateway runs in (see `GatewayNetwork`, or `GatewaySubnet.fromSubnetId`). */
  readonly subnet: GatewaySubnet;
  /**
   * SKU.
   * @default GatewaySku.STANDARD_V2
   */
  readonly sku?: GatewaySku;
  /**
   * Instance count or autoscale bounds.
   * @default GatewayCapacity.fixed(2)
   */
  readonly capacity?: GatewayCapacity;
  /**
   * TLS policy of every listener without an SSL profile that sets its own.
   * @default SslPolicy.recommended() (AppGwSslPolicy20220101)
   */
  readonly sslPolicy?: SslPolicy;
  /**
   * Name of the Standard static public IP of the frontend.
   * @default `<name>-pip`
   */
  readonly publicIpName?: string;
  /**
   * Name of the gateway IP configuration.
   * @default "appGatewayIpConfig"
   */
  readonly gatewayIpConfigurationName?: string;
  /**
   * Name of the public frontend IP configuration.
   * @default "appGatewayFrontendIP"
   */
  readonly frontendIpConfigurationName?: string;
  /**
   * Availability zones of the gateway and its public IP.
   * @default none (regional)
   */
  readonly zones?: string[];
  /**
   * Tags of the gateway and its public IP.
   * @default none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * An Azure Application Gateway (v2) whose HTTPS listeners can run mutual TLS in
 * strict or passthrough mode.
 *
 * Declares a Standard static public IP, one `azurerm_application_gateway` and,
 * once a passthrough SSL profile is added, one `azapi_update_resource` that sets
 * passthrough (see `PassthroughPatch`). Parts are added with the `add*` methods;
 * problems that involve several parts are reported together at synth.
 */
export class MtlsApplicationGateway extends Construct {
  /** The gateway resource. */
  public readonly resource: ApplicationGateway;
  /** The frontend public IP. */
  public readonly publicIp: PublicIp;
  /** SKU. */
  public readonly sku: GatewaySku;
  /** Capacity. */
  public readonly capacity: GatewayCapacity;
  /** Gateway-wide TLS policy. */
  public readonly sslPolicy: SslPolicy;
  /** Subnet. */
  public readonly subnet: GatewaySubnet;
  /** Name of the public frontend IP configuration. */
  public readonly frontendIpConfigurationName: string;
  private patch?: PassthroughPatch;
  private warned = false;
  // One scope per kind of part: Azure names are unique per kind only, so a
  // listener and a backend pool may both be called "app".
  private readonly scopes: { [kind: string]: Construct };

  constructor(scope: Construct, id: string, props: MtlsApplicationGatewayProps) {
    super(scope, id);
    this.sku = props.sku ?? GatewaySku.STANDARD_V2;
    this.capacity = props.capacity ?? GatewayCapacity.fixed(2);
    this.sslPolicy = props.sslPolicy ?? SslPolicy.recommended();
    this.subnet = props.subnet;
    this.frontendIpConfigurationName = props.frontendIpConfigurationName ?? "appGatewayFrontendIP";
    this.scopes = Object.fromEntries(
      ["SslProfile", "Listener", "BackendPool", "BackendSettings", "RoutingRule"].map((kind) => [kind, new Construct(this, kind)]),
    );
    assertValid(this, "name", props.name, nameRule(props.name));
    assertValid(this, "capacity.instances", this.capacity.instances, fixedCapacityRule(this.capacity.instances));
    assertValid(this, "capacity.minCapacity", this.capacity.minCapacity, autoscaleMinRule(this.capacity.minCapacity));
    assertValid(this, "capacity.maxCapacity", this.capacity.maxCapacity, autoscaleMaxRule(this.capacity.maxCapacity));

    this.publicIp = new PublicIp(this, "PublicIp", {
      name: props.publicIpName ?? `${props.name}-pip`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      allocationMethod: "Static",
      sku: "Standard",
      zones: props.zones,
      tags: props.tags,
    });

    // Blocks are read from the parts at synth, so parts can be added in any order.
    const blocks = <T>(produce: () => T[], toTerraform: (item: T) => any): IResolvable =>
      Lazy.anyValue({
        produce: () => {
          const items = produce();
          return items.length > 0 ? items.map(toTerraform) : undefined;
        },
      });
    const autoscale = this.capacity.instances === undefined;

    this.resource = new ApplicationGateway(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      zones: props.zones,
      tags: props.tags,
      sku: {
        name: this.sku,
        tier: skuTier(this.sku),
        capacity: this.capacity.instances,
      },
      autoscaleConfiguration: autoscale
        ? { minCapacity: this.capacity.minCapacity!, maxCapacity: this.capacity.maxCapacity }
        : undefined,
      gatewayIpConfiguration: [
        { name: props.gatewayIpConfigurationName ?? "appGatewayIpConfig", subnetId: this.subnet.subnetId },
      ],
      frontendIpConfiguration: [{ name: this.frontendIpConfigurationName, publicIpAddressId: this.publicIp.id }],
      sslPolicy: this.sslPolicy.toSslPolicy(),
      frontendPort: blocks(() => this.frontendPorts, applicationGatewayFrontendPortToTerraform),
      sslCertificate: blocks(
        () => this.certificates.map((c) => c.toSslCertificate()),
        applicationGatewaySslCertificateToTerraform,
      ),
      trustedClientCertificate: blocks(() => this.trustedClientCertificates, applicationGatewayTrustedClientCertificateToTerraform),
      sslProfile: blocks(() => this.sslProfiles.map((p) => p.toSslProfile()), applicationGatewaySslProfileToTerraform),
      httpListener: blocks(
        () => this.listeners.map((l) => l.toHttpListener(this.frontendIpConfigurationName)),
        applicationGatewayHttpListenerToTerraform,
      ),
      backendAddressPool: blocks(
        () => this.backendPools.map((p) => p.toBackendAddressPool()),
        applicationGatewayBackendAddressPoolToTerraform,
      ),
      backendHttpSettings: blocks(
        () => this.backendSettings.map((s) => s.toBackendHttpSettings(this.routesOnlyToFqdnPools(s))),
        applicationGatewayBackendHttpSettingsToTerraform,
      ),
      requestRoutingRule: blocks(
        () => this.routingRules.map((r) => r.toRequestRoutingRule()),
        applicationGatewayRequestRoutingRuleToTerraform,
      ),
    });

    this.node.addValidation({ validate: () => this.validateParts() });
  }

  /** Adds an SSL profile; a passthrough one also adds it to the passthrough patch. */
  public addSslProfile(id: string, props: SslProfileProps = {}): SslProfile {
    const profile = new SslProfile(this.scopes.SslProfile, id, props);
    if (profile.isPassthrough) {
      this.patch ??= new PassthroughPatch(this, "PassthroughPatch", { gateway: this.resource });
      this.patch.addProfile(profile.name);
    }
    return profile;
  }

  /** Adds an HTTPS listener on the public frontend. */
  public addHttpsListener(id: string, props: HttpsListenerProps): HttpsListener {
    return new HttpsListener(this.scopes.Listener, id, props);
  }

  /** Adds a backend pool. */
  public addBackendPool(id: string, props: BackendPoolProps = {}): BackendPool {
    return new BackendPool(this.scopes.BackendPool, id, props);
  }

  /** Adds backend settings. */
  public addBackendSettings(id: string, props: BackendSettingsProps = {}): BackendSettings {
    return new BackendSettings(this.scopes.BackendSettings, id, props);
  }

  /** Adds a basic routing rule from a listener to a backend pool. */
  public addRoutingRule(id: string, props: RoutingRuleProps): RoutingRule {
    return new RoutingRule(this.scopes.RoutingRule, id, props);
  }

  /** The passthrough patch, once a passthrough SSL profile exists. */
  public get passthroughPatch(): PassthroughPatch | undefined {
    return this.patch;
  }

  /** SSL profiles, in the order added. */
  public get sslProfiles(): SslProfile[] {
    return this.childrenOf(this.scopes.SslProfile, SslProfile);
  }

  /** HTTPS listeners, in the order added. */
  public get listeners(): HttpsListener[] {
    return this.childrenOf(this.scopes.Listener, HttpsListener);
  }

  /** Backend pools, in the order added. */
  public get backendPools(): BackendPool[] {
    return this.childrenOf(this.scopes.BackendPool, BackendPool);
  }

  /** Backend settings, in the order added. */
  public get backendSettings(): BackendSettings[] {
    return this.childrenOf(this.scopes.BackendSettings, BackendSettings);
  }

  /** Routing rules, in the order added. */
  public get routingRules(): RoutingRule[] {
    return this.childrenOf(this.scopes.RoutingRule, RoutingRule);
  }

  private childrenOf<T>(scope: Construct, type: new (...args: any[]) => T): T[] {
    return scope.node.children.filter((c): c is T & IConstruct => c instanceof type);
  }

  /** Listener certificates, one per name. */
  private get certificates(): ListenerCertificate[] {
    return uniqueByName(this.listeners.map((l) => l.certificate));
  }

  private get trustedClientCertificates(): TrustedClientCertificate[] {
    return uniqueByName(this.sslProfiles.flatMap((p) => p.clientAuthentication.trustedClientCertificates));
  }

  private get frontendPorts(): { name: string; port: number }[] {
    return uniqueByName(this.listeners.map((l) => ({ name: l.frontendPortName, port: l.port })));
  }

  private routesOnlyToFqdnPools(settings: BackendSettings): boolean {
    const pools = this.routingRules.filter((r) => r.backendSettings === settings).map((r) => r.backendPool);
    return pools.length > 0 && pools.every((p) => p.hasOnlyFqdnTargets);
  }

  private view(): GatewayView {
    return {
      scope: this,
      sku: this.sku,
      capacity: this.capacity,
      sslPolicy: this.sslPolicy,
      subnet: this.subnet,
      sslProfiles: this.sslProfiles,
      listeners: this.listeners,
      backendPools: this.backendPools,
      backendSettings: this.backendSettings,
      routingRules: this.routingRules,
    };
  }

  /** Errors go back to cdktf's validation; warnings become annotations, once. */
  private validateParts(): string[] {
    const findings = checkGateway(this.view());
    const message = (f: Finding) => formatProblem(f.scope.node.path, f.prop, f.value, `${f.rule.allowed} [${f.rule.id}]`);
    if (!this.warned) {
      this.warned = true;
      for (const f of findings.filter((x) => x.rule.severity === Severity.WARNING)) {
        Annotations.of(f.scope).addWarning(message(f));
      }
    }
    return findings.filter((f) => f.rule.severity === Severity.ERROR).map(message);
  }
}

function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) if (!byName.has(item.name)) byName.set(item.name, item);
  return [...byName.values()];
}
