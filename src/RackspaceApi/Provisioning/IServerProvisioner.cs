namespace Autoscaler.RackspaceApi.Provisioning;

/// <summary>The provisioning seam the controller uses: the few server operations a fleet needs, in either API dialect.</summary>
/// <remarks>
/// Implemented by the v1.0 and v2 clients. Creates are never retried blindly: a caller that lost a create's response
/// finds the server again by its (deterministic) name through <see cref="ListServersAsync"/>.
/// </remarks>
public interface IServerProvisioner
{
    /// <summary>Asks the cloud for a new server; returns as soon as the cloud accepted the request (status BUILD).</summary>
    Task<ProvisionedServer> CreateServerAsync(ServerCreateSpec spec, CancellationToken cancellationToken);

    /// <summary>Deletes a server; returns false when the cloud no longer knows it.</summary>
    Task<bool> DeleteServerAsync(string serverId, CancellationToken cancellationToken);

    /// <summary>Reboots a server (HARD for a hung machine, SOFT for a graceful restart).</summary>
    Task RebootServerAsync(string serverId, RebootKind kind, CancellationToken cancellationToken);

    /// <summary>Rebuilds a server from an image, keeping its id and addresses.</summary>
    Task RebuildServerAsync(string serverId, string imageId, CancellationToken cancellationToken);

    /// <summary>Lists every server of the account, with details.</summary>
    Task<IReadOnlyList<ProvisionedServer>> ListServersAsync(CancellationToken cancellationToken);

    /// <summary>Gets one server, or null when the cloud does not know it.</summary>
    Task<ProvisionedServer?> GetServerAsync(string serverId, CancellationToken cancellationToken);
}
