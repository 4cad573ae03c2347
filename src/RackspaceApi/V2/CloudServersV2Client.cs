using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Identity;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>The Rackspace Cloud Servers v2 (Next Gen) client: identity 2.0, servers, actions, metadata, flavors, images, limits.</summary>
/// <remarks>
/// Get it from DI after <c>services.AddRackspaceCloudServers(...)</c> with <c>Dialect = V2</c>. Calls go to the configured
/// region (then the user's default region); <see cref="ForRegion"/> gives a client bound to another region.
/// </remarks>
public sealed class CloudServersV2Client
{
    private readonly RackspaceTransport _transport;
    private readonly IdentitySession _session;
    private readonly ServerStatusWaiter _waiter;

    internal CloudServersV2Client(RackspaceTransport transport, IdentitySession session, ServerStatusWaiter waiter, string? region)
    {
        _transport = transport;
        _session = session;
        _waiter = waiter;
        Region = region;
        Servers = new V2Servers(transport, waiter, region);
        Actions = new V2ServerActions(transport, region);
        Metadata = new V2ServerMetadata(transport, region);
        Flavors = new V2Flavors(transport, region);
        Images = new V2Images(transport, region);
        Limits = new V2LimitsResource(transport, region);
    }

    /// <summary>The explicit region of this client, or null for the configured/default region.</summary>
    public string? Region { get; }

    /// <summary>Servers: list, details, create, update, delete, wait for status.</summary>
    public V2Servers Servers { get; }

    /// <summary>Server actions: reboot, rebuild, resize, confirm/revert, change password, create image.</summary>
    public V2ServerActions Actions { get; }

    /// <summary>Server metadata.</summary>
    public V2ServerMetadata Metadata { get; }

    /// <summary>Flavors.</summary>
    public V2Flavors Flavors { get; }

    /// <summary>Images.</summary>
    public V2Images Images { get; }

    /// <summary>Limits.</summary>
    public V2LimitsResource Limits { get; }

    /// <summary>A client bound to <paramref name="region"/> (explicit region wins over configuration and the user's default).</summary>
    public CloudServersV2Client ForRegion(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return new CloudServersV2Client(_transport, _session, _waiter, region);
    }

    /// <summary>Authenticates now (or reuses a fresh token) and tells what identity established; the token itself stays inside.</summary>
    public async Task<RackspaceIdentity> AuthenticateAsync(CancellationToken cancellationToken) =>
        (await _session.GetAccessAsync(cancellationToken).ConfigureAwait(false)).Identity;

    /// <summary>The compute endpoint this client's calls go to.</summary>
    public Task<Uri> GetEndpointAsync(CancellationToken cancellationToken) => _transport.GetEndpointAsync(Region, cancellationToken);

    /// <summary>Sends any request through the same authentication, retry and event machinery; faults are returned, not thrown.</summary>
    public Task<RackspaceResponse<string>> SendCustomAsync(CustomOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = operation.Body is null ? null : new RequestBody(operation.Body, operation.MediaType);
        return _transport.SendRawAsync(
            new RackspaceRequest(operation.Name, operation.Method, operation.Path.TrimStart('/'), body, operation.MediaType, Region),
            cancellationToken);
    }
}
