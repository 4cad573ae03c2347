using Autoscaler.RackspaceApi.Faults;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Chooses the compute endpoint from a v2.0 service catalog.</summary>
/// <remarks>
/// The service is found by name, then by type. The region is the explicit one, then the configured default, then the
/// user's RAX-AUTH:defaultRegion. With no region from any of them, a service with a single endpoint uses it.
/// </remarks>
internal static class ServiceCatalogResolver
{
    public static Uri Resolve(
        IReadOnlyList<ServiceCatalogEntry> catalog,
        string? serviceName,
        string? serviceType,
        string? explicitRegion,
        string? configuredRegion,
        string? userDefaultRegion)
    {
        var service = catalog.FirstOrDefault(s => Same(s.Name, serviceName) && s.Endpoints.Count > 0)
            ?? catalog.FirstOrDefault(s => Same(s.Type, serviceType) && s.Endpoints.Count > 0);
        if (service is null)
        {
            var offered = catalog.Count == 0 ? "none" : string.Join(", ", catalog.Select(s => $"{s.Name} ({s.Type})"));
            throw new EndpointNotFoundException(
                $"The service catalog has no service named '{serviceName}' or of type '{serviceType}'. Services offered: {offered}.", []);
        }

        var regions = service.Endpoints.Select(e => e.Region ?? "(global)").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var (region, source) = !string.IsNullOrWhiteSpace(explicitRegion) ? (explicitRegion, "the requested region")
            : !string.IsNullOrWhiteSpace(configuredRegion) ? (configuredRegion, "the configured Rackspace:Region")
            : !string.IsNullOrWhiteSpace(userDefaultRegion) ? (userDefaultRegion, "the user's RAX-AUTH:defaultRegion")
            : (null, null);
        if (region is null)
        {
            if (service.Endpoints.Count == 1)
            {
                return service.Endpoints[0].PublicUrl;
            }

            throw new EndpointNotFoundException(
                $"No region was given for service {service.Name}: set Rackspace:Region. Available regions: {string.Join(", ", regions)}.",
                regions);
        }

        var endpoint = service.Endpoints.FirstOrDefault(e => Same(e.Region, region))
            ?? service.Endpoints.FirstOrDefault(e => e.Region is null);
        return endpoint?.PublicUrl ?? throw new EndpointNotFoundException(
            $"Service {service.Name} has no endpoint in region '{region}' ({source}). Available regions: {string.Join(", ", regions)}.",
            regions);
    }

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
