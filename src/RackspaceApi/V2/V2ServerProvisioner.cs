using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.V2.Models;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>The provisioning seam over Cloud Servers v2.</summary>
internal sealed class V2ServerProvisioner(CloudServersV2Client client) : IServerProvisioner
{
    public async Task<ProvisionedServer> CreateServerAsync(ServerCreateSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var request = new V2ServerCreateRequest
        {
            Name = spec.Name,
            ImageRef = spec.ImageId,
            FlavorRef = spec.FlavorId,
            Metadata = spec.Metadata,
            Personality = spec.Files,
            UserData = spec.UserData,
            ConfigDrive = spec.UserData is null ? null : true,
        };
        var created = (await client.Servers.CreateAsync(request, cancellationToken).ConfigureAwait(false)).Value;
        return new ProvisionedServer(created.Id, spec.Name, "BUILD", 0, spec.Metadata, [], []);
    }

    public async Task<bool> DeleteServerAsync(string serverId, CancellationToken cancellationToken)
    {
        try
        {
            await client.Servers.DeleteAsync(serverId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ItemNotFoundException)
        {
            return false;
        }
    }

    public Task RebootServerAsync(string serverId, RebootKind kind, CancellationToken cancellationToken) =>
        client.Actions.RebootAsync(serverId, kind, cancellationToken);

    public Task RebuildServerAsync(string serverId, string imageId, CancellationToken cancellationToken) =>
        client.Actions.RebuildAsync(serverId, imageId, null, null, null, cancellationToken);

    public async Task<IReadOnlyList<ProvisionedServer>> ListServersAsync(CancellationToken cancellationToken) =>
        (await client.Servers.ListAllDetailAsync(null, cancellationToken).ConfigureAwait(false)).Select(ToProvisioned).ToList();

    public async Task<ProvisionedServer?> GetServerAsync(string serverId, CancellationToken cancellationToken)
    {
        try
        {
            return ToProvisioned((await client.Servers.GetAsync(serverId, cancellationToken).ConfigureAwait(false)).Value);
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    internal static ProvisionedServer ToProvisioned(V2Server server)
    {
        var publicAddresses = new List<string>();
        var privateAddresses = new List<string>();
        foreach (var (network, addresses) in server.Addresses)
        {
            var target = string.Equals(network, "public", StringComparison.OrdinalIgnoreCase) ? publicAddresses : privateAddresses;
            target.AddRange(addresses.Select(a => a.Address));
        }

        return new ProvisionedServer(
            server.Id,
            server.Name,
            server.Status.ToUpperInvariant(),
            server.Progress ?? 0,
            server.Metadata,
            publicAddresses,
            privateAddresses);
    }
}
