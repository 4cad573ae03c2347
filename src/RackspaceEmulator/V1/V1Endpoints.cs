using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>Registers the v1.0 API under /v1.0/{tenantId} (the X-Server-Management-Url).</summary>
internal static class V1Endpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        V1VersionEndpoints.Map(endpoints);
        var api = endpoints.MapGroup("/v1.0/{tenantId}");
        V1ServerEndpoints.Map(api);
        V1AddressEndpoints.Map(api);
        V1ActionEndpoints.Map(api);
        V1CatalogEndpoints.Map(api);
        V1SharedIpGroupEndpoints.Map(api);
        V1BackupScheduleEndpoints.Map(api);
        V1LimitsEndpoints.Map(api);
    }

    /// <summary>Attaches the operation name (for fault injection and the audit log) to an authenticated v1.0 endpoint.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder builder, string name) =>
        builder.WithMetadata(new EmulatorOperation(name, ApiDialect.V1, Authenticated: true));
}
