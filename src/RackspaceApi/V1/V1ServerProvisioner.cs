using System.Globalization;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>The provisioning seam over Cloud Servers v1.0 (integer ids, carried as text).</summary>
internal sealed class V1ServerProvisioner(CloudServersV1Client client) : IServerProvisioner
{
    public async Task<ProvisionedServer> CreateServerAsync(ServerCreateSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var request = new V1ServerCreateRequest
        {
            Name = spec.Name,
            ImageId = ParseId(spec.ImageId, nameof(spec.ImageId)),
            FlavorId = ParseId(spec.FlavorId, nameof(spec.FlavorId)),
            Metadata = spec.Metadata,
            Personality = spec.Files,
        };
        var created = (await client.Servers.CreateAsync(request, cancellationToken).ConfigureAwait(false)).Value;
        return ToProvisioned(created with { Metadata = created.Metadata.Count == 0 ? spec.Metadata : created.Metadata });
    }

    public async Task<bool> DeleteServerAsync(string serverId, CancellationToken cancellationToken)
    {
        try
        {
            await client.Servers.DeleteAsync(ParseId(serverId, nameof(serverId)), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ItemNotFoundException)
        {
            return false;
        }
    }

    public Task RebootServerAsync(string serverId, RebootKind kind, CancellationToken cancellationToken) =>
        client.Actions.RebootAsync(ParseId(serverId, nameof(serverId)), kind, cancellationToken);

    public Task RebuildServerAsync(string serverId, string imageId, CancellationToken cancellationToken) =>
        client.Actions.RebuildAsync(ParseId(serverId, nameof(serverId)), ParseId(imageId, nameof(imageId)), cancellationToken);

    public async Task<IReadOnlyList<ProvisionedServer>> ListServersAsync(CancellationToken cancellationToken)
    {
        // v1.0 lists hold at most 1000 items per page: page with offset until a short page.
        const int PageSize = 1000;
        var all = new List<ProvisionedServer>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = (await client.Servers.ListDetailAsync(new V1ListQuery(PageSize, offset), cancellationToken).ConfigureAwait(false)).Value;
            all.AddRange(page.Where(s => !string.Equals(s.Status, "DELETED", StringComparison.OrdinalIgnoreCase)).Select(ToProvisioned));
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    public async Task<ProvisionedServer?> GetServerAsync(string serverId, CancellationToken cancellationToken)
    {
        try
        {
            return ToProvisioned((await client.Servers.GetAsync(ParseId(serverId, nameof(serverId)), cancellationToken).ConfigureAwait(false)).Value);
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    internal static ProvisionedServer ToProvisioned(V1Server server) => new(
        server.Id.ToString(CultureInfo.InvariantCulture),
        server.Name,
        (server.Status ?? "UNKNOWN").ToUpperInvariant(),
        server.Progress ?? 0,
        server.Metadata,
        server.Addresses?.Public ?? [],
        server.Addresses?.Private ?? []);

    private static int ParseId(string value, string name) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"v1.0 ids are integers; {name} '{value}' is not one.", name);
}
