using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Identity;
using Autoscaler.RackspaceApi.Waiting;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>The Rackspace Cloud Servers v1.0 client: every operation of the seed's Rackspace class, in JSON or XML.</summary>
/// <remarks>
/// Get it from DI after <c>services.AddRackspaceCloudServers(...)</c> with <c>Dialect = V1</c>. Calls made before or during
/// authentication wait for it; if it fails they all fail with a RackspaceAuthenticationException.
/// </remarks>
public sealed class CloudServersV1Client
{
    private readonly RackspaceTransport _transport;
    private readonly IdentitySession _session;
    private readonly ServerStatusWaiter _waiter;
    private readonly V1Channel _channel;

    internal CloudServersV1Client(RackspaceTransport transport, IdentitySession session, ServerStatusWaiter waiter, IOptions<RackspaceOptions> options)
        : this(transport, session, waiter, options.Value.Format)
    {
    }

    private CloudServersV1Client(RackspaceTransport transport, IdentitySession session, ServerStatusWaiter waiter, RackspaceFormat format)
    {
        _transport = transport;
        _session = session;
        _waiter = waiter;
        _channel = new V1Channel(transport, format);
        Servers = new V1Servers(_channel, waiter);
        Addresses = new V1ServerAddresses(_channel);
        Actions = new V1ServerActions(_channel);
        Flavors = new V1Flavors(_channel);
        Images = new V1Images(_channel);
        SharedIpGroups = new V1SharedIpGroups(_channel);
        BackupSchedules = new V1BackupSchedules(_channel);
        Account = new V1Account(_channel);
    }

    /// <summary>The media type this client sends and asks for.</summary>
    public RackspaceFormat Format => _channel.Format;

    /// <summary>Servers: list, details, create, update, delete, wait for status.</summary>
    public V1Servers Servers { get; }

    /// <summary>Server addresses and IP sharing.</summary>
    public V1ServerAddresses Addresses { get; }

    /// <summary>Reboot, rebuild, resize, confirm and revert.</summary>
    public V1ServerActions Actions { get; }

    /// <summary>Flavors.</summary>
    public V1Flavors Flavors { get; }

    /// <summary>Images.</summary>
    public V1Images Images { get; }

    /// <summary>Shared IP groups.</summary>
    public V1SharedIpGroups SharedIpGroups { get; }

    /// <summary>Backup schedules.</summary>
    public V1BackupSchedules BackupSchedules { get; }

    /// <summary>Limits and API versions.</summary>
    public V1Account Account { get; }

    /// <summary>The same client speaking <paramref name="format"/> (JSON or XML) instead of the configured format.</summary>
    public CloudServersV1Client WithFormat(RackspaceFormat format) => new(_transport, _session, _waiter, format);

    /// <summary>Authenticates (GET /v1.0 with X-Auth-User and X-Auth-Key; success is 204) or reuses a fresh token.</summary>
    /// <returns>The server management, storage and CDN URLs; the token itself stays inside the client.</returns>
    public async Task<RackspaceIdentity> AuthenticateAsync(CancellationToken cancellationToken) =>
        (await _session.GetAccessAsync(cancellationToken).ConfigureAwait(false)).Identity;

    /// <summary>Forgets the token and authenticates again, as the seed's Authenticate did on every call.</summary>
    public async Task<RackspaceIdentity> ReauthenticateAsync(CancellationToken cancellationToken)
    {
        _session.Invalidate();
        return await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends any request (the seed's AddOperation) through the same authentication, retry and event machinery.</summary>
    /// <returns>The status, event type and raw body; faults are returned as results, not thrown.</returns>
    public Task<RackspaceResponse<string>> SendCustomAsync(CustomOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = operation.Body is null ? null : new RequestBody(operation.Body, operation.MediaType);
        return _transport.SendRawAsync(
            new RackspaceRequest(operation.Name, operation.Method, operation.Path.TrimStart('/'), body, operation.MediaType),
            cancellationToken);
    }
}
