using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>Registers the v2 API under /{region}/v2/{tenantId} (the catalog's cloudServersOpenStack publicURL).</summary>
internal static class V2Endpoints
{
    public const string Prefix = "/{region}/v2/{tenantId}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        V2VersionEndpoints.Map(endpoints);
        var api = endpoints.MapGroup(Prefix);
        V2ServerEndpoints.Map(api);
        V2CatalogEndpoints.Map(api);
        V2ActionEndpoints.Map(api);
        V2MetadataEndpoints.Map(api);
        V2AddressEndpoints.Map(api);
        V2LimitsEndpoints.Map(api);
    }

    /// <summary>Attaches the operation name (for fault injection and the audit log) to an authenticated v2 endpoint.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder builder, string name) =>
        builder.WithMetadata(new EmulatorOperation(name, ApiDialect.V2, Authenticated: true));
}
