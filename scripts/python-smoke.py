"""Python smoke test of the jsii-built wheel: imports cdktf_azure_appgw_mtls and
synthesizes the seed's stack (main.ts, written in Python), then checks the
gateway and the azapi passthrough patch in the Terraform JSON.

Run by scripts/python-smoke.sh after it has built and unpacked the wheel; needs
the Python packages jsii, cdktf, constructs and cdktf-cdktf-provider-azurerm
(the wheel's install_requires) and node on PATH. Where they are missing it prints
SKIPPED and why, and exits 0 (or 1 with PYTHON_SMOKE_REQUIRED=1).
"""
import importlib.util
import json
import os
import sys
import tempfile
import time

NEEDED = {
    "jsii": "jsii",
    "cdktf": "cdktf==0.21.0",
    "constructs": "constructs>=10.4.2,<11",
    "cdktf_cdktf_provider_azurerm": "cdktf-cdktf-provider-azurerm==14.23.1",
    "cdktf_azure_appgw_mtls": "the wheel itself (dist/python/*.whl)",
}


def skip_or_fail(message):
    if os.environ.get("PYTHON_SMOKE_REQUIRED") == "1":
        print(f"python smoke test FAILED: {message}")
        sys.exit(1)
    print(f"python smoke test SKIPPED: {message}")
    sys.exit(0)


missing = [f"{module} ({dist})" for module, dist in NEEDED.items() if importlib.util.find_spec(module) is None]
if missing:
    skip_or_fail(
        "missing Python packages: " + ", ".join(missing)
        + f" in {sys.executable}. Install the wheel's dependencies from PyPI"
        " (pip install dist/python/*.whl) and run again with PYTHON=<that python>."
    )

start = time.monotonic()

from cdktf import App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable  # noqa: E402
from cdktf_cdktf_provider_azurerm.provider import AzurermProvider, AzurermProviderFeatures  # noqa: E402
from constructs import Construct  # noqa: E402

from cdktf_azure_appgw_mtls import (  # noqa: E402
    BackendProtocol,
    ClientAuthentication,
    GatewayCapacity,
    GatewayNetwork,
    GatewaySku,
    ListenerCertificate,
    MtlsApplicationGateway,
    SslPolicy,
)
from cdktf_azure_appgw_mtls import AzapiProvider  # noqa: E402


class MtlsPassthroughStack(TerraformStack):
    """main.ts's MtlsPassthroughStack with SEED_PARAMETERS, in Python."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        LocalBackend(self, path=f"../../../terraform.{id}.tfstate")
        AzurermProvider(self, "azurerm", features=[AzurermProviderFeatures()])
        AzapiProvider(self, "azapi")

        resource_group_name = TerraformVariable(
            self, "resource_group_name", type="string", description="Existing resource group to deploy into"
        ).string_value
        location = TerraformVariable(
            self, "location", type="string", description="Azure region of the resources, e.g. westus"
        ).string_value
        cert_data = TerraformVariable(
            self, "ssl_certificate_data", type="string", sensitive=True,
            description="Base64-encoded PFX of the listener certificate",
        ).string_value
        cert_password = TerraformVariable(
            self, "ssl_certificate_password", type="string", sensitive=True, description="Password of the PFX"
        ).string_value

        network = GatewayNetwork(
            self, "Network",
            name="mtlsVnet",
            resource_group_name=resource_group_name,
            location=location,
            address_space=["10.0.0.0/16"],
            gateway_subnet_name="appgwsubnet",
            gateway_subnet_prefix="10.0.0.0/24",
            backend_subnet_name="backendSubnet",
            backend_subnet_prefix="10.0.2.0/24",
        )
        gateway = MtlsApplicationGateway(
            self, "Gateway",
            name="mtlsAppGw",
            resource_group_name=resource_group_name,
            location=location,
            subnet=network.gateway_subnet,
            sku=GatewaySku.STANDARD_V2,
            capacity=GatewayCapacity.fixed(2),
            # SslPolicy.predefined takes the policy's name as a string
            # (PredefinedSslPolicy's members are not strings outside TypeScript).
            ssl_policy=SslPolicy.predefined("AppGwSslPolicy20220101"),
            public_ip_name="mtlsPip",
            gateway_ip_configuration_name="appGatewayIpConfig",
            frontend_ip_configuration_name="appGatewayFrontendIP",
        )
        profile = gateway.add_ssl_profile(
            "sslnotrustedcert", client_authentication=ClientAuthentication.passthrough()
        )
        listener = gateway.add_https_listener(
            "listener2",
            port=444,
            frontend_port_name="port2",
            certificate=ListenerCertificate.from_pfx("sslCert", data=cert_data, password=cert_password),
            ssl_profile=profile,
        )
        pool = gateway.add_backend_pool(
            "pool2", fqdns=["headerappgw-hsa5gjh8fpfebcfd.westus-01.azurewebsites.net"]
        )
        settings = gateway.add_backend_settings("settings2", protocol=BackendProtocol.HTTP, port=80)
        gateway.add_routing_rule(
            "rule2", priority=2000, listener=listener, backend_pool=pool, backend_settings=settings
        )
        TerraformOutput(
            self, "public_ip_address",
            value=gateway.public_ip.ip_address, description="Public IP address of the gateway frontend",
        )
        TerraformOutput(
            self, "application_gateway_id",
            value=gateway.resource.id, description="Resource id of the Application Gateway",
        )


def fail(message):
    print(f"python smoke test FAILED: {message}")
    sys.exit(1)


with tempfile.TemporaryDirectory(prefix="appgw-mtls-py-") as outdir:
    app = App(outdir=outdir)
    MtlsPassthroughStack(app, "mtls-passthrough")
    app.synth()
    path = os.path.join(outdir, "stacks", "mtls-passthrough", "cdk.tf.json")
    if not os.path.exists(path):
        fail(f"{path} was not written")
    with open(path, encoding="utf8") as f:
        tf = json.load(f)

resources = tf.get("resource", {})
gateways = resources.get("azurerm_application_gateway", {})
if len(gateways) != 1:
    fail(f"expected 1 azurerm_application_gateway, found {len(gateways)}")
patches = list(resources.get("azapi_update_resource", {}).values())
if len(patches) != 1:
    fail(f"expected 1 azapi_update_resource, found {len(patches)}")
profiles = patches[0].get("body", {}).get("properties", {}).get("sslProfiles", [])
modes = [p["properties"]["clientAuthConfiguration"]["verifyClientAuthMode"] for p in profiles if p.get("name") == "sslnotrustedcert"]
if modes != ["Passthrough"]:
    fail(f"patch body sets verifyClientAuthMode = {modes} for sslnotrustedcert")

# Same resources as the TypeScript seed app, where `npm run synth` has run.
ts_path = os.path.join(os.path.dirname(__file__), "..", "cdktf.out", "stacks", "mtls-passthrough", "cdk.tf.json")
if os.path.exists(ts_path):
    with open(ts_path, encoding="utf8") as f:
        ts = json.load(f)

    def addresses(doc):
        return sorted(f"{kind}.{name}" for kind, items in doc.get("resource", {}).items() for name in items)

    if addresses(tf) != addresses(ts):
        fail(f"resources differ from the TypeScript seed's synth: {addresses(tf)} != {addresses(ts)}")
    compared = " (same resources as the TypeScript seed's cdktf.out)"
else:
    compared = ""

print(
    f"python smoke test passed in {time.monotonic() - start:.1f} s: azurerm_application_gateway and an "
    f'azapi_update_resource setting verifyClientAuthMode = "Passthrough"{compared}'
)
