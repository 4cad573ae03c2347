namespace Autoscaler.RackspaceApi.Identity;

/// <summary>One service of the identity service catalog, e.g. cloudServersOpenStack of type compute.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Type">The service type.</param>
/// <param name="Endpoints">Its endpoints, one per region.</param>
public sealed record ServiceCatalogEntry(string Name, string Type, IReadOnlyList<ServiceEndpoint> Endpoints);
