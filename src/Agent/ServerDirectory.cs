using System.Runtime.CompilerServices;
using Autoscaler.Protocol.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Autoscaler.Agent;

/// <summary>Finds game servers and their posted rows through the controller: what a matchmaker uses (the seed's client-side load balancing).</summary>
/// <remarks>Read-only; needs no server token. Calls fail with <see cref="RpcException"/> carrying the controller's status.</remarks>
public sealed class ServerDirectory : IDisposable
{
    /// <summary>The well-known primary key under which the controller publishes every server's load.</summary>
    public const string LoadKey = "autoscaler.load";

    private readonly GrpcChannel _channel;
    private readonly Cloud.CloudClient _client;

    /// <summary>Creates a directory on the controller at <paramref name="controllerAddress"/>.</summary>
    /// <param name="controllerAddress">The controller's gRPC address.</param>
    /// <param name="caCertificatePem">The CA that signed the controller's certificate, as PEM (optional).</param>
    public ServerDirectory(Uri controllerAddress, string? caCertificatePem = null)
    {
        ArgumentNullException.ThrowIfNull(controllerAddress);
        // A Get may answer up to 1000 rows of 4 KiB each.
        _channel = AgentChannelFactory.Create(
            new AgentOptions { ControllerAddress = controllerAddress, CaCertificatePem = caCertificatePem },
            NullLoggerFactory.Instance,
            maxReceiveBytes: 16 * 1024 * 1024);
        _client = new Cloud.CloudClient(_channel);
    }

    /// <summary>The servers of <paramref name="fleet"/>, by default only those with free slots, least loaded first.</summary>
    public async Task<IReadOnlyList<ServerListing>> FindServersAsync(
        string fleet,
        ServerOrder order = ServerOrder.LeastLoaded,
        bool freeSlotsOnly = true,
        int maxServers = 100,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fleet);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxServers, 1);
        var request = new GetRequest
        {
            Keys = { new CloudKey { Primary = LoadKey } },
            Fleet = fleet,
            FreeSlotsOnly = freeSlotsOnly,
            Order = (LoadOrder)(int)order,
            MaxRows = (uint)maxServers,
        };
        var response = await _client.GetAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. response.Rows.Where(r => r.Load is not null).Select(r => Listing(r)!)];
    }

    /// <summary>The rows posted under (primary, secondary), optionally only by servers of <paramref name="fleet"/>, ordered by their posters' load.</summary>
    public async Task<IReadOnlyList<CloudRowValue>> GetRowsAsync(
        string primaryKey,
        uint secondaryKey,
        string? fleet = null,
        ServerOrder order = ServerOrder.ServerId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        var request = new GetRequest
        {
            Keys = { new CloudKey { Primary = primaryKey, Secondary = secondaryKey } },
            Fleet = fleet ?? string.Empty,
            Order = (LoadOrder)(int)order,
        };
        var response = await _client.GetAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. response.Rows.Select(Row)];
    }

    /// <summary>Every current row under (primary, secondary), a <see cref="CloudRowChangeKind.Synced"/> marker, then every change until cancelled.</summary>
    public async IAsyncEnumerable<CloudRowChange> SubscribeAsync(
        string primaryKey,
        uint secondaryKey,
        string? fleet = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        var request = new SubscribeRequest
        {
            Keys = { new CloudKey { Primary = primaryKey, Secondary = secondaryKey } },
            Fleet = fleet ?? string.Empty,
        };
        using var call = _client.Subscribe(request, cancellationToken: cancellationToken);
        while (await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            var item = call.ResponseStream.Current;
            var kind = item.Change switch
            {
                RowChange.Current => CloudRowChangeKind.Current,
                RowChange.Synced => CloudRowChangeKind.Synced,
                RowChange.Released => CloudRowChangeKind.Released,
                _ => CloudRowChangeKind.Updated,
            };
            yield return new CloudRowChange(kind, item.Row is null ? null : Row(item.Row));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();

    private static CloudRowValue Row(CloudRow row) => new(
        row.ServerId,
        row.Fleet,
        row.Key.Primary,
        row.Key.Secondary,
        row.Value.ToByteArray(),
        Listing(row),
        row.UpdatedAt?.ToDateTimeOffset() ?? default);

    private static ServerListing? Listing(CloudRow row) => row.Load is not { } load
        ? null
        : new ServerListing(row.ServerId, row.Fleet, load.Players, load.Capacity, load.FreeSlots, load.State switch
        {
            ServerState.Ready => AgentServerState.Ready,
            ServerState.Draining => AgentServerState.Draining,
            _ => AgentServerState.Starting,
        });
}
